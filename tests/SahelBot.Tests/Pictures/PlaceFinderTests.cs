using SahelBot.Facts.Model;
using SahelBot.Features.Pictures.Geo;

namespace SahelBot.Tests.Pictures;

public sealed class PlaceFinderTests
{
    private static readonly Gazetteer Towns = Gazetteer.Load();

    private static MapSpot Spot(string place, string? admin1 = null, double? lat = null, double? lon = null, PlaceHints? hints = null, string kind = "ambush", int incidents = 1) =>
        new(place, admin1, lat, lon, kind, incidents, 1, 1, 1, "inc-" + place, hints);

    private static PlacedSpot Place(string country, string place, string? admin1 = null, double? lat = null, double? lon = null, string[]? aliases = null, string? near = null) =>
        new PlaceFinder(Towns).Place(country, Spot(place, admin1, lat, lon, new PlaceHints(aliases ?? [], near)));

    [Fact]
    public void StoredCoordinatesAreKeptAsTheyAre()
    {
        var placed = Place("ML", "Kidal", "Kidal", 18.44, 1.41);

        Assert.Equal((18.44, 1.41, Placement.Stored), (placed.Lat, placed.Lon, placed.How));
    }

    [Theory]
    [InlineData("ML", "Aguelhok", "Aguelhok")]
    [InlineData("ML", "Koulogon (Bankass circle)", "Bankass")]
    [InlineData("BF", "Gaskindé (near Djibo)", "Djibo")]
    [InlineData("NE", "Bosso and Diffa", "Bosso")]
    public void APlaceNamingAGazetteerTownIsPlacedThereApproximately(string country, string place, string town)
    {
        var expected = Towns.FindTown(country, Facts.TextNormalizer.Fold(town))!;

        var placed = Place(country, place);

        Assert.Equal((expected.Lat, expected.Lon, Placement.Town), (placed.Lat, placed.Lon, placed.How));
    }

    [Fact]
    public void ThePlaceItselfWinsOverItsAliases()
    {
        var agadez = Towns.FindTown("NE", "agadez")!;

        var placed = Place("NE", "Agadez (army barracks) and Arlit (Somair uranium mine)", "Agadez", aliases: ["Arlit", "Somair"]);

        Assert.Equal((agadez.Lat, agadez.Lon, Placement.Town, "Agadez"), (placed.Lat, placed.Lon, placed.How, placed.Town));
    }

    [Fact]
    public void AnAliasOrTheTownTheSummarySaysItIsNearPlacesIt()
    {
        var kati = Towns.FindTown("ML", "kati")!;
        var bankass = Towns.FindTown("ML", "bankass")!;

        Assert.Equal((kati.Lat, kati.Lon), (Place("ML", "Unknown camp", aliases: ["Kati"]).Lat, Place("ML", "Unknown camp", aliases: ["Kati"]).Lon));
        var near = Place("ML", "Ogossagou", "Mopti", near: "Bankass, burning homes and shooting residents.");
        Assert.Equal((bankass.Lat, bankass.Lon, Placement.Town), (near.Lat, near.Lon, near.How));
    }

    [Fact]
    public void OtherwiseTheRegionPlacesItAndWithoutOneItIsNotPlaced()
    {
        var mopti = Towns.FindTown("ML", "mopti")!;

        var region = Place("ML", "Somewhere unknown", "Mopti");
        var nowhere = Place("ML", "Northern Mali (Azawad)");

        Assert.Equal((mopti.Lat, mopti.Lon, Placement.Region), (region.Lat, region.Lon, region.How));
        Assert.Equal((null, null, Placement.None), (nowhere.Lat, nowhere.Lon, nowhere.How));
    }

    [Fact]
    public async Task HintsAreAskedOnlyForThePlacesTheirNameCannotPlaceAndReplaceThoseSpots()
    {
        var spots = new[]
        {
            Spot("Kidal", "Kidal", 18.44, 1.41),
            Spot("Aguelhok", incidents: 3),
            Spot("Aguelhok", kind: "IED"),
            Spot("Unknown camp", incidents: 4),
            Spot("Ogossagou", "Mopti"),
            Spot("Northern Mali (Azawad)"),
        };
        var hinted = new[]
        {
            Spot("Unknown camp", hints: new(["Kati"], null), incidents: 3),
            Spot("Unknown camp", hints: PlaceHints.None),
            Spot("Ogossagou", "Mopti", hints: new([], "Bankass, burning homes.")),
            Spot("Ogossagou", "Ségou", hints: new([], "Bankass, burning homes.")),
            Spot("Northern Mali (Azawad)", hints: PlaceHints.None),
        };
        var asked = new List<string>();
        var finder = new PlaceFinder(Towns);

        var placed = await finder.PlaceAllAsync("ML", spots, places =>
        {
            asked.AddRange(places);
            return Task.FromResult<IReadOnlyList<MapSpot>>(hinted);
        });

        Assert.Equal(["Northern Mali (Azawad)", "Ogossagou", "Unknown camp"], asked.Order(StringComparer.Ordinal));
        var expected = spots.Take(3).Concat(hinted.Where(h => h.Admin1 != "Ségou")).Select(s => finder.Place("ML", s)).ToList();
        Assert.Equal(expected, placed);
        Assert.Equal(
            [Placement.Stored, Placement.Town, Placement.Town, Placement.Town, Placement.None, Placement.Town, Placement.None],
            placed.Select(p => p.How));
        Assert.Equal(spots.Sum(s => s.Incidents), placed.Sum(p => p.Spot.Incidents));
    }

    [Fact]
    public async Task SpotsTheirNamesPlaceNeedNoHints()
    {
        var placed = await new PlaceFinder(Towns).PlaceAllAsync("ML", [Spot("Aguelhok")], _ => throw new InvalidOperationException("no hints needed"));

        Assert.Equal(Placement.Town, Assert.Single(placed).How);
    }

    [Fact]
    public void AnIncidentCannotBePlacedOnlyWhenNeitherItsNameNorItsHintsPlaceIt()
    {
        var finder = new PlaceFinder(Towns);
        var cache = new Dictionary<string, bool>(StringComparer.Ordinal);

        Assert.True(finder.CannotPlace("ML", "Northern Mali (Azawad)", null, PlaceHints.None, cache));
        Assert.False(finder.CannotPlace("ML", "Northern Mali (Azawad)", null, new(["Kati"], null), cache));
        Assert.False(finder.CannotPlace("ML", "Aguelhok", null, PlaceHints.None, cache));
        Assert.False(finder.CannotPlace("ML", "Somewhere unknown", "Mopti", PlaceHints.None, cache));
    }
}
