using Dapper;
using SahelBot.Facts.Curated;
using SahelBot.Facts.Queries;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Curated;

public sealed class CuratedBuildTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task TheCommittedStoreHoldsExactlyWhatAFreshBuildProduces()
    {
        var fresh = temp.File("fresh.db");
        await CuratedDataBuilder.BuildAsync(RepoPaths.CuratedData, fresh);
        Assert.Equal(DatabaseDump.Of(fresh), DatabaseDump.Of(RepoPaths.CommittedDatabase));
    }

    [Fact]
    public async Task BuildingTwiceGivesIdenticalContent()
    {
        var first = temp.File("first.db");
        var second = temp.File("second.db");
        await CuratedDataBuilder.BuildAsync(RepoPaths.CuratedData, first);
        await CuratedDataBuilder.BuildAsync(RepoPaths.CuratedData, second);
        Assert.Equal(DatabaseDump.Of(first), DatabaseDump.Of(second));
    }

    [Fact]
    public async Task RebuildingOverAnExistingStoreReplacesItAndLeavesNoTemporaryFiles()
    {
        var output = temp.File("facts.db");
        await CuratedDataBuilder.BuildAsync(RepoPaths.CuratedData, output);
        var report = await CuratedDataBuilder.BuildAsync(RepoPaths.CuratedData, output);

        Assert.Equal(109, report.Incidents);
        Assert.Equal(["facts.db"], Directory.GetFiles(temp.Path).Select(Path.GetFileName).Where(n => !n!.EndsWith("-shm", StringComparison.Ordinal) && !n.EndsWith("-wal", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TheReportCountsEveryEntity()
    {
        var report = await CuratedDataBuilder.BuildAsync(RepoPaths.CuratedData, temp.File("facts.db"));
        Assert.Equal((697, 109, 21, 19), (report.Sources, report.Incidents, report.Groups, report.Deployments));
        Assert.True(report.Countries >= 30);
        Assert.Equal(new DateTimeOffset(2025, 7, 2, 0, 0, 0, TimeSpan.Zero), report.CreatedAt);
    }

    [Fact]
    public async Task EveryRowCarriesCuratedProvenance()
    {
        var path = temp.File("facts.db");
        await CuratedDataBuilder.BuildAsync(RepoPaths.CuratedData, path);
        using var connection = new FactStore(path).OpenReadOnlyConnection();
        foreach (var table in new[] { "countries", "sources", "incidents", "groups", "deployments" })
        {
            var provenance = connection.Query<(string Origin, string CreatedBy, string CreatedAt, long? GuildId)>(
                $"SELECT DISTINCT origin, created_by, created_at, guild_id FROM {table}").ToList();
            Assert.Equal([("curated", "curated-data", "2025-07-02T00:00:00.0000000Z", (long?)null)], provenance);
        }
    }

    [Fact]
    public async Task TheInatesAttackIsStoredWithItsSourcesGroupsAndTolls()
    {
        var path = temp.File("facts.db");
        await CuratedDataBuilder.BuildAsync(RepoPaths.CuratedData, path);
        var inates = await new IncidentQueries(new FactStore(path)).GetAsync("inc-001");

        Assert.NotNull(inates);
        var summary = inates.Summary;
        Assert.Equal(11, summary.Sources.Count);
        Assert.Equal(Enumerable.Range(1, 11), summary.Sources.Select(s => s.Number));
        Assert.Equal("src-001", summary.Sources[0].Id);
        Assert.Equal(["grp-002"], summary.Perpetrators.Select(g => g.Id));
        Assert.Equal("ISGS", summary.Perpetrators[0].ShortName);
        Assert.Equal(["grp-002", "grp-010"], summary.Claimants.Select(g => g.Id));
        Assert.Equal(["ISGS", "ISWAP"], summary.Claimants.Select(g => g.ShortName));
        Assert.Equal(71, summary.Fatalities.Military);
        Assert.Equal(12, inates.Injured);
        Assert.Equal(30, inates.Missing);
        Assert.Equal(new DateOnly(2019, 12, 10), summary.Date);
        Assert.Equal("NE", summary.Country.Code);
        Assert.Equal(["In Ates", "Inatès"], inates.PlaceAliases);
    }

    [Theory]
    [InlineData("incidents.json", "inc-042", "source_ids", "[]", "incident inc-042 has no source")]
    [InlineData("incidents.json", "inc-042", "source_ids", "[\"src-999\"]", "incident inc-042 cites unknown source src-999")]
    [InlineData("groups.json", "grp-005", "source_ids", "[]", "group grp-005 has no source")]
    [InlineData("deployments.json", "dep-004", "source_ids", "[]", "deployment dep-004 has no source")]
    [InlineData("deployments.json", "dep-004", "source_ids", "[\"src-998\"]", "deployment dep-004 cites unknown source src-998")]
    [InlineData("incidents.json", "inc-042", "perpetrator_group_ids", "[\"grp-099\"]", "incident inc-042 names unknown group grp-099 as perpetrator")]
    [InlineData("incidents.json", "inc-042", "claimed_by_group_ids", "[\"grp-098\"]", "incident inc-042 names unknown group grp-098 as claimant")]
    [InlineData("incidents.json", "inc-042", "country", "\"Narnia\"", "incident inc-042 names unknown country 'Narnia'")]
    [InlineData("groups.json", "grp-001", "active_countries", "[\"Atlantis\"]", "group grp-001 names unknown country 'Atlantis'")]
    [InlineData("deployments.json", "dep-002", "host_countries", "[\"Oz\"]", "deployment dep-002 names unknown host country 'Oz'")]
    [InlineData("incidents.json", "inc-001", "fatalities", "{\"military\":71,\"civilian\":5,\"militants\":null,\"total_min\":71,\"total_max\":null}", "incident inc-001 has total_min 71 below military + civilian 76")]
    [InlineData("incidents.json", "inc-001", "fatalities", "{\"military\":71,\"civilian\":null,\"militants\":null,\"total_min\":80,\"total_max\":75}", "incident inc-001 has total_min 80 above total_max 75")]
    [InlineData("incidents.json", "inc-001", "perpetrator_group_ids", "[\"grp-020\"]", "incident inc-001 names grp-020 as perpetrator but grp-020 was founded 2024-11-30, after the incident date 2019-12-10")]
    [InlineData("incidents.json", "inc-001", "claimed_by_group_ids", "[\"grp-018\"]", "incident inc-001 names grp-018 as claimant but grp-018 was founded 2023")]
    [InlineData("incidents.json", "inc-001", "date_precision", "\"week\"", "incident inc-001 has date_precision 'week'")]
    [InlineData("incidents.json", "inc-001", "kind", "\"riot\"", "incident inc-001 has kind 'riot'")]
    [InlineData("incidents.json", "inc-001", "target", "\"journalists\"", "incident inc-001 has target 'journalists'")]
    [InlineData("incidents.json", "inc-001", "date", "\"2019-13-10\"", "incident inc-001 has date '2019-13-10'")]
    [InlineData("deployments.json", "dep-001", "kind", "\"crusade\"", "deployment dep-001 has kind 'crusade'")]
    public async Task ABrokenRecordIsRefusedByNameAndTheExistingStoreIsKept(string file, string id, string field, string json, string expected)
    {
        var data = new CuratedCopy(temp);
        data.Edit(file, id, record => record[field] = System.Text.Json.Nodes.JsonNode.Parse(json));
        var output = temp.File("facts.db");
        await File.WriteAllTextAsync(output, "the previous store");

        var ex = await Assert.ThrowsAsync<CuratedDataException>(() => CuratedDataBuilder.BuildAsync(data.Directory, output));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Equal("the previous store", await File.ReadAllTextAsync(output));
        Assert.Equal(["facts.db"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task AGroupFoundedTheSameYearAsTheIncidentIsAccepted()
    {
        Assert.False(CuratedDataValidator.FoundedAfter("2015", "2015-02-13"));
        Assert.True(CuratedDataValidator.FoundedAfter("2017-03-02", "2017-03-01"));
        Assert.False(CuratedDataValidator.FoundedAfter("2017-03", "2017-03-01"));
        var report = await CuratedDataBuilder.BuildAsync(RepoPaths.CuratedData, temp.File("ok.db"));
        Assert.Equal(109, report.Incidents);
    }

    [Fact]
    public async Task AMissingFileIsRefusedByName()
    {
        var data = new CuratedCopy(temp);
        File.Delete(Path.Combine(data.Directory, "countries.json"));
        var ex = await Assert.ThrowsAsync<CuratedDataException>(() => CuratedDataBuilder.BuildAsync(data.Directory, temp.File("facts.db")));
        Assert.Contains("countries.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCheckFindsAHealthyStoreAndCountsIt()
    {
        var path = temp.File("facts.db");
        await CuratedDataBuilder.BuildAsync(RepoPaths.CuratedData, path);

        var report = await FactDatabaseCheck.RunAsync(path);

        Assert.True(report.IsHealthy);
        Assert.Empty(report.IntegrityErrors);
        Assert.Empty(report.ForeignKeyViolations);
        Assert.Equal(FactStore.LatestSchemaVersion, report.SchemaVersion);
        Assert.Equal(109, report.TableCounts["incidents"]);
        Assert.Equal(697, report.TableCounts["sources"]);
        Assert.Equal(44, report.IncidentsByCountry["ML"]);
        Assert.Equal(29, report.IncidentsByCountry["NE"]);
        Assert.Equal(27, report.IncidentsByCountry["BF"]);
        Assert.Equal(7, report.IncidentsByCountry["TD"]);
        Assert.Equal(2, report.IncidentsByCountry["MR"]);
        Assert.Equal(109, report.IncidentsByOrigin["curated"]);
        var text = report.ToString();
        Assert.Contains("healthy", text, StringComparison.Ordinal);
        Assert.Contains("ML 44", text, StringComparison.Ordinal);
        Assert.Contains("incidents 109", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCheckReportsAForeignKeyViolation()
    {
        var path = temp.File("facts.db");
        await CuratedDataBuilder.BuildAsync(RepoPaths.CuratedData, path);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False;Foreign Keys=False"))
        {
            connection.Open();
            connection.Execute("INSERT INTO incident_sources (incident_id, source_id, ordinal) VALUES ('inc-001', 'src-999', 99)");
        }

        var report = await FactDatabaseCheck.RunAsync(path);

        Assert.False(report.IsHealthy);
        Assert.Single(report.ForeignKeyViolations);
        Assert.Contains("incident_sources", report.ForeignKeyViolations[0], StringComparison.Ordinal);
    }
}
