using SahelBot.Facts.Model;
using SahelBot.Features.Pictures.Geo;

namespace SahelBot.Tests.Pictures;

public sealed class PlaceFinderTests
{
    private static readonly Gazetteer Towns = Gazetteer.Load();

    private static MapPoint Point(string id, string place, string? admin1 = null, double? lat = null, double? lon = null) =>
        new(id, new DateOnly(2020, 1, 1), DatePrecision.Day, place, admin1, lat, lon, lat is null ? null : "town", "ambush", 1, 1);

    private static PlacedPoint Place(string country, string place, string? admin1 = null, double? lat = null, double? lon = null, string[]? aliases = null, string? near = null) =>
        new PlaceFinder(Towns).Place(country, Point("inc-x", place, admin1, lat, lon), new PlaceHints(aliases ?? [], near));

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
    public async Task HintsAreAskedOnlyForThePointsTheirNameCannotPlaceAndPlaceThemAsOneByOne()
    {
        var points = new[]
        {
            Point("inc-stored", "Kidal", "Kidal", 18.44, 1.41),
            Point("inc-town", "Aguelhok"),
            Point("inc-town-2", "Aguelhok"),
            Point("inc-alias", "Unknown camp"),
            Point("inc-near", "Ogossagou", "Mopti"),
            Point("inc-none", "Northern Mali (Azawad)"),
        };
        var hints = new Dictionary<string, PlaceHints>(StringComparer.Ordinal)
        {
            ["inc-alias"] = new(["Kati"], null),
            ["inc-near"] = new([], "Bankass, burning homes."),
        };
        var asked = new List<string>();
        var finder = new PlaceFinder(Towns);

        var placed = await finder.PlaceAllAsync("ML", points, ids =>
        {
            asked.AddRange(ids);
            return Task.FromResult<IReadOnlyDictionary<string, PlaceHints>>(hints);
        });

        Assert.Equal(["inc-alias", "inc-near", "inc-none"], asked.Order(StringComparer.Ordinal));
        Assert.Equal(points.Select(p => p.Id), placed.Select(p => p.Incident.Id));
        Assert.Equal(
            points.Select(p => finder.Place("ML", p, hints.GetValueOrDefault(p.Id) ?? PlaceHints.None)),
            placed);
        Assert.Equal([Placement.Stored, Placement.Town, Placement.Town, Placement.Town, Placement.Town, Placement.None], placed.Select(p => p.How));
    }

    [Fact]
    public async Task PointsTheirNamesPlaceNeedNoHints()
    {
        var placed = await new PlaceFinder(Towns).PlaceAllAsync("ML", [Point("inc-a", "Aguelhok")], _ => throw new InvalidOperationException("no hints needed"));

        Assert.Equal(Placement.Town, Assert.Single(placed).How);
    }
}
