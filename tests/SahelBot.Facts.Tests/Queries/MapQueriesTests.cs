using SahelBot.Facts.Model;
using SahelBot.Facts.Queries;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Queries;

public sealed class MapQueriesTests(CuratedStoreFixture fixture) : IClassFixture<CuratedStoreFixture>, IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task SpotsAccountForEveryIncidentOfTheSelectionAndItsDeaths()
    {
        var filter = new IncidentFilter { CountryCode = "ML" };
        var spots = await new MapQueries(fixture.Store).SpotsAsync(filter);

        var listed = (await new IncidentQueries(fixture.Store).ListAsync(filter, 0, 100)).Items;
        Assert.Equal(listed.Count, spots.Sum(s => s.Incidents));
        Assert.Equal(listed.Select(i => i.Id).Order(StringComparer.Ordinal).First(), spots.Select(s => s.FirstId).Order(StringComparer.Ordinal).First());
        var ogossagou = Assert.Single(spots, s => s.Place == "Ogossagou" && s.Kind == "massacre");
        // The March 2019 massacre (157–170 dead) and the February 2020 one (35) at the same village.
        Assert.Equal(("Mopti", (double?)null, 2, 157 + 35, 170 + 35, (int?)170, "inc-045", (PlaceHints?)null), (ogossagou.Admin1, ogossagou.Latitude, ogossagou.Incidents, ogossagou.DeathsLow, ogossagou.DeathsHigh, ogossagou.Deadliest, ogossagou.FirstId, ogossagou.Hints));
    }

    [Fact]
    public async Task IncidentsAtOnePlaceAndOfOneKindShareASpotWithSummedDeaths()
    {
        var store = fixture.CopyTo(temp);
        await TestFacts.AddIncidentAsync(store, "inc-t01", "2025-08-01", "Testville", country: "ML", deaths: 3);
        await TestFacts.AddIncidentAsync(store, "inc-t02", "2025-08-02", "Testville", country: "ML", deaths: 5);
        var filter = new IncidentFilter { CountryCode = "ML", Since = new DateOnly(2025, 8, 1) };

        var spot = Assert.Single(await new MapQueries(store).SpotsAsync(filter));

        Assert.Equal(("Testville", 2, 8, 8, (int?)5, "inc-t01"), (spot.Place, spot.Incidents, spot.DeathsLow, spot.DeathsHigh, spot.Deadliest, spot.FirstId));
    }

    [Fact]
    public async Task HintedSpotsCarryTheAliasesAndTheTownTheSummarySaysItIsNear()
    {
        var filter = new IncidentFilter { CountryCode = "ML", Since = new DateOnly(2019, 3, 1), Until = new DateOnly(2019, 12, 31) };

        var hinted = await new MapQueries(fixture.Store).HintedSpotsAsync(filter, ["Ogossagou", "Nowhere"]);

        var ogossagou = Assert.Single(hinted);
        Assert.Equal(("Ogossagou", "Mopti", 1, "inc-045"), (ogossagou.Place, ogossagou.Admin1, ogossagou.Incidents, ogossagou.FirstId));
        Assert.StartsWith("Bankass", ogossagou.Hints!.NearText, StringComparison.Ordinal);
        Assert.Equal(["Ogossagou-Peul"], ogossagou.Hints.Aliases);
    }

    [Fact]
    public async Task NoPlacesAskNothing()
    {
        var queries = new MapQueries(fixture.Store);
        var filter = new IncidentFilter { CountryCode = "ML" };

        Assert.Empty(await queries.HintedSpotsAsync(filter, []));
        Assert.Empty(await queries.IncidentsWithoutCoordinatesAsync(filter, []).ToListAsync());
    }

    [Fact]
    public async Task IncidentsWithoutCoordinatesComeOneByOneOldestFirstWithTheirHints()
    {
        var filter = new IncidentFilter { CountryCode = "ML" };
        var queries = new MapQueries(fixture.Store);
        var places = (await queries.SpotsAsync(filter)).Where(s => s.Latitude is null).Select(s => s.Place).ToHashSet(StringComparer.Ordinal);

        var incidents = await queries.IncidentsWithoutCoordinatesAsync(filter, places).ToListAsync();

        Assert.Equal((await queries.SpotsAsync(filter)).Where(s => s.Latitude is null).Sum(s => s.Incidents), incidents.Count);
        Assert.Equal(incidents.OrderBy(i => i.Date).ThenBy(i => i.Id, StringComparer.Ordinal), incidents);
        Assert.Equal(["Ogossagou-Peul"], Assert.Single(incidents, i => i.Id == "inc-045").Hints.Aliases);
    }

    [Fact]
    public async Task ASpotWithCoordinatesHasThem()
    {
        var spots = await new MapQueries(fixture.Store).SpotsAsync(new IncidentFilter { CountryCode = "NE", Place = "Niamey" });

        Assert.NotEmpty(spots);
        Assert.All(spots, s => Assert.Equal((13.51, 2.11), (s.Latitude, s.Longitude)));
    }
}
