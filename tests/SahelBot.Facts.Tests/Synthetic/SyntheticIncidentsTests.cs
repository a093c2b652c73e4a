using Dapper;
using SahelBot.Facts.Curated;
using SahelBot.Facts.Model;
using SahelBot.Facts.Queries;
using SahelBot.Facts.Synthetic;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Synthetic;

public sealed class SyntheticIncidentsTests(CuratedStoreFixture fixture) : IClassFixture<CuratedStoreFixture>, IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task GrowingAddsSyntheticIncidentsThatQueriesServe()
    {
        var store = fixture.CopyTo(temp);

        await SyntheticIncidents.GrowAsync(store.DatabasePath, 6000, seed: 7);

        using var connection = store.OpenReadOnlyConnection();
        Assert.Equal(6000, connection.ExecuteScalar<long>("SELECT count(*) FROM incidents WHERE origin = 'synthetic'"));
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT count(*) FROM incidents i WHERE origin = 'synthetic' AND NOT EXISTS (SELECT 1 FROM incident_sources s WHERE s.incident_id = i.id)"));
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT count(*) FROM incidents WHERE origin = 'synthetic' AND (date < '2012-01-01' OR date > '2025-12-31')"));
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT count(*) FROM incidents WHERE deaths_max < deaths_min"));
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT count(*) FROM (SELECT incident_id FROM incident_sources GROUP BY incident_id HAVING count(*) > 4) WHERE incident_id LIKE 'syn-%'"));
        var countries = connection.Query<(string Code, long Count)>(
            "SELECT country_code, count(*) FROM incidents WHERE origin = 'synthetic' GROUP BY country_code ORDER BY count(*) DESC").ToList();
        Assert.Equal("ML", countries[0].Code);
        Assert.Equal(["BF", "ML", "MR", "NE", "TD"], countries.Select(c => c.Code).Order());
        Assert.Empty(connection.Query("PRAGMA foreign_key_check"));
        Assert.Equal(6000 + 109 + 21 + 19, connection.ExecuteScalar<long>("SELECT count(*) FROM search_text"));

        var page = await new IncidentQueries(store).ListAsync(new IncidentFilter { CountryCode = "NE", Place = "In Ates" }, 0, 20);
        Assert.True(page.Total > 2);
        Assert.Contains(page.Items, i => i.Id.StartsWith("syn-", StringComparison.Ordinal));
        Assert.All(page.Items, i => Assert.NotEmpty(i.Sources));
        var hits = await new FactSearch(store).SearchAsync("who claimed the Inates attack?", 5);
        Assert.NotEmpty(hits);
        var stats = await new StatsQueries(store).GetAsync();
        Assert.Equal(6109, stats.Incidents);
        Assert.True((await FactDatabaseCheck.RunAsync(store.DatabasePath)).IsHealthy);
    }

    [Fact]
    public async Task TheSameSeedGivesTheSameRowsAndGrowingAgainContinuesTheNumbering()
    {
        var first = fixture.CopyTo(temp);
        using var other = new TempDirectory();
        var second = fixture.CopyTo(other);

        await SyntheticIncidents.GrowAsync(first.DatabasePath, 300, seed: 42);
        await SyntheticIncidents.GrowAsync(second.DatabasePath, 300, seed: 42);
        await SyntheticIncidents.GrowAsync(second.DatabasePath, 10, seed: 1);

        string Rows(FactStore store, string where)
        {
            using var connection = store.OpenReadOnlyConnection();
            return string.Join("\n", connection.Query<string>(
                $"SELECT id || date || country_code || place || COALESCE(deaths_min, '-') || summary FROM incidents WHERE {where} ORDER BY id"));
        }

        Assert.Equal(Rows(first, "origin = 'synthetic'"), Rows(second, "origin = 'synthetic' AND id <= 'syn-0000300'"));
        using var connection = second.OpenReadOnlyConnection();
        Assert.Equal("syn-0000310", connection.ExecuteScalar<string>("SELECT max(id) FROM incidents"));
    }
}
