using SahelBot.Facts.Model;
using SahelBot.Facts.Queries;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Queries;

public sealed class TrendQueriesTests(CuratedStoreFixture fixture) : IClassFixture<CuratedStoreFixture>, IDisposable
{
    private const ulong Guild = 1_300_000_000_000_000_002UL;
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task MonthlyCellsCountEveryIncidentOnceAndFileInatesUnderIslamicState()
    {
        var cells = await new TrendQueries(fixture.Store).MonthlyAsync(new IncidentFilter { CountryCode = "NE" });

        Assert.Equal(29, cells.Sum(c => c.Incidents));
        Assert.Equal(cells.OrderBy(c => c.Month, StringComparer.Ordinal).ThenBy(c => c.Affiliation, StringComparer.Ordinal), cells);
        var december = Assert.Single(cells, c => c.Month == "2019-12" && c.Affiliation == "Islamic State");
        Assert.True(december.DeathsLow >= 71, $"December 2019 low band {december.DeathsLow}");
    }

    [Fact]
    public async Task TheDeathBandRunsFromTheLowestToTheHighestReportedToll()
    {
        var cells = await new TrendQueries(fixture.Store).MonthlyAsync(new IncidentFilter { CountryCode = "ML", Since = new DateOnly(2019, 3, 1), Until = new DateOnly(2019, 3, 31) });

        // Dioura (26 dead, one figure) and Ogossagou (157 to 170 reported).
        Assert.Equal(2, cells.Sum(c => c.Incidents));
        Assert.Equal(26 + 157, cells.Sum(c => c.DeathsLow));
        Assert.Equal(26 + 170, cells.Sum(c => c.DeathsHigh));
        Assert.Equal(2, cells.Sum(c => c.WithDeaths));
        Assert.Contains(cells, c => c.Affiliation == "militia");
    }

    [Fact]
    public async Task AServersOwnIncidentCountsOnlyForThatServer()
    {
        var store = fixture.CopyTo(temp);
        await TestFacts.AddIncidentAsync(store, "inc-g30", "2030-01-05", "Testville", Guild, deaths: 4, groupId: "grp-001");
        var queries = new TrendQueries(store);

        var published = await queries.MonthlyAsync(new IncidentFilter { CountryCode = "NE", Since = new DateOnly(2030, 1, 1) });
        var inGuild = await queries.MonthlyAsync(new IncidentFilter { CountryCode = "NE", Since = new DateOnly(2030, 1, 1), GuildId = Guild });

        Assert.Empty(published);
        Assert.Equal(new TrendCell("2030-01", "al-Qaeda", 1, 4, 4, 1), Assert.Single(inGuild));
    }

    [Fact]
    public async Task DeadliestListsTheHighestReportedTollsFirst()
    {
        var deadliest = await new TrendQueries(fixture.Store).DeadliestAsync(new IncidentFilter { CountryCode = "ML", Since = new DateOnly(2019, 3, 1), Until = new DateOnly(2019, 3, 31) }, 5);

        Assert.Equal(["inc-045", "inc-043"], deadliest.Select(i => i.Id));
        Assert.NotEmpty(deadliest[0].Sources);
    }

    [Fact]
    public async Task SelectionNamesItsSpanPublishersAndOrigins()
    {
        var selection = await new TrendQueries(fixture.Store).SelectionAsync(new IncidentFilter { CountryCode = "NE" });

        Assert.Equal(29, selection.Incidents);
        Assert.Equal((new DateOnly(2013, 5, 23), new DateOnly(2025, 6, 19)), (selection.First, selection.Last));
        Assert.Equal(29, selection.Origins["curated"]);
        Assert.True(selection.Sources >= 29, $"{selection.Sources} sources");
        Assert.Equal(selection.Publishers.OrderByDescending(p => p.Citations).ThenBy(p => p.Publisher, StringComparer.Ordinal), selection.Publishers);
        Assert.True(selection.Publishers.Sum(p => p.Citations) >= selection.Sources, "each source is cited at least once");
        Assert.Contains(selection.Publishers, p => p.Publisher == "BBC News" && p.Citations >= 2);
    }

    [Fact]
    public async Task AnEmptySelectionHasNoSpanAndNoPublishers()
    {
        var selection = await new TrendQueries(fixture.Store).SelectionAsync(new IncidentFilter { CountryCode = "NE", Since = new DateOnly(2040, 1, 1) });

        Assert.Equal((0, null, null, 0), (selection.Incidents, selection.First, selection.Last, selection.Sources));
        Assert.Empty(selection.Publishers);
    }
}
