using SahelBot.Facts.Queries;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Queries;

public sealed class StatsQueriesTests(CuratedStoreFixture fixture) : IClassFixture<CuratedStoreFixture>, IDisposable
{
    private const ulong Guild = 1_300_000_000_000_000_001UL;
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task StatsCountTheCuratedDataAndItsCoverage()
    {
        var stats = await new StatsQueries(fixture.Store).GetAsync();

        Assert.Equal((697, 109, 21, 19), (stats.Sources, stats.Incidents, stats.Groups, stats.Deployments));
        Assert.Equal(["ML", "NE", "BF", "TD", "MR"], stats.Coverage.Select(c => c.Country.Code));
        var mali = stats.Coverage[0];
        Assert.Equal((44, new DateOnly(2012, 1, 24), new DateOnly(2025, 7, 1)), (mali.Incidents, mali.First, mali.Last));
        var mauritania = stats.Coverage[4];
        Assert.Equal((2, new DateOnly(2023, 3, 5), new DateOnly(2024, 4, 1)), (mauritania.Incidents, mauritania.First, mauritania.Last));
    }

    [Fact]
    public async Task StatsFollowGuildVisibilityAndRetraction()
    {
        var store = fixture.CopyTo(temp);
        await TestFacts.AddIncidentAsync(store, "inc-g20", "2025-08-01", "Testville", Guild, country: "NG");
        await TestFacts.RetractAsync(store, "incidents", "inc-001", "test");
        var queries = new StatsQueries(store);

        var published = await queries.GetAsync();
        var inGuild = await queries.GetAsync(Guild);

        Assert.Equal(108, published.Incidents);
        Assert.Equal(109, inGuild.Incidents);
        Assert.DoesNotContain(published.Coverage, c => c.Country.Code == "NG");
        Assert.Contains(inGuild.Coverage, c => c.Country.Code == "NG" && c.Incidents == 1);
        Assert.Equal(28, published.Coverage.Single(c => c.Country.Code == "NE").Incidents);
    }

    [Fact]
    public async Task OneCountrysCoverageIsWhatTheFullStatsSayOfItForEachServer()
    {
        var store = fixture.CopyTo(temp);
        await TestFacts.AddIncidentAsync(store, "inc-g21", "2025-09-01", "Testville", Guild, country: "NE");
        await TestFacts.RetractAsync(store, "incidents", "inc-001", "test");
        var queries = new StatsQueries(store);

        foreach (var guild in new ulong?[] { null, Guild })
        {
            var full = (await queries.GetAsync(guild)).Coverage;
            foreach (var expected in full)
            {
                Assert.Equal(expected, await queries.CoverageAsync(expected.Country, guild));
            }
        }

        var niger = (await queries.GetAsync()).Coverage.Single(c => c.Country.Code == "NE").Country;
        var inGuild = await queries.CoverageAsync(niger, Guild);
        Assert.Equal((29, new DateOnly(2025, 9, 1)), (inGuild.Incidents, inGuild.Last));
    }
}
