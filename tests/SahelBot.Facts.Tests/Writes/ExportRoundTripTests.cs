using SahelBot.Facts.Curated;
using SahelBot.Facts.Export;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Writes;

public sealed class ExportRoundTripTests(CuratedStoreFixture fixture) : WriterTestBase(fixture)
{
    private readonly TempDirectory output = new();

    [Theory]
    [InlineData("sources.json")]
    [InlineData("incidents.json")]
    [InlineData("groups.json")]
    [InlineData("deployments.json")]
    public async Task AnUnchangedStoreExportsTheCuratedFilesByteForByte(string file)
    {
        await CuratedExporter.ExportAsync(Store, output.Path);

        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.CuratedData, file)), File.ReadAllText(output.File(file)));
    }

    [Fact]
    public async Task BuildingFromTheExportOfAnUnchangedStoreGivesTheSameStore()
    {
        await CuratedExporter.ExportAsync(Store, output.Path);

        await CuratedDataBuilder.BuildAsync(output.Path, output.File("rebuilt.db"));

        Assert.Equal(DatabaseDump.Of(Store.DatabasePath), DatabaseDump.Of(output.File("rebuilt.db")));
    }

    [Fact]
    public async Task ModeratorsPublishedChangesSurviveExportAndRebuildWhileServerOnlyAndRetractedFactsStayOut()
    {
        await Writer.AddIncidentAsync(Incident(groups: ["grp-002"], extra: ["https://example.org/second"]), Curator);
        await Writer.EditAsync("inc-110", "deaths_military", "12", "https://example.org/army", null, Curator);
        await Writer.EditAsync("inc-002", "deaths_max", "80", "https://example.org/more", null, Curator);
        await Writer.RetractAsync("inc-003", "not in Niger", Curator);
        await Writer.AddIncidentAsync(Incident(place: "Ayorou"), Elsewhere);
        await Writer.AddGroupAsync(new SahelBot.Facts.Writes.NewGroup("Katiba Test", ["KT"], "other", ["ML"], "2020", null, "https://example.org/kt"), Curator);
        await Writer.AddStrengthAsync("dep-002", "2022-09", 5100, "https://example.org/barkhane", Curator);

        var report = await CuratedExporter.ExportAsync(Store, output.Path);
        await CuratedDataBuilder.BuildAsync(output.Path, output.File("rebuilt.db"));
        var again = new TempDirectory();
        await CuratedExporter.ExportAsync(new FactStore(output.File("rebuilt.db")), again.Path);

        Assert.Equal(110 - 1, report.Incidents);
        Assert.Empty(report.DroppedLinks);
        foreach (var file in new[] { "countries.json", "sources.json", "incidents.json", "groups.json", "deployments.json" })
        {
            Assert.Equal(File.ReadAllText(output.File(file)), File.ReadAllText(Path.Combine(again.Path, file)));
        }

        var rebuilt = new FactStore(output.File("rebuilt.db"));
        await using var connection = rebuilt.OpenReadOnlyConnection();
        Assert.Equal("Tillia|12|12|15", Dapper.SqlMapper.ExecuteScalar<string>(connection, "SELECT place || '|' || deaths_military || '|' || deaths_min || '|' || deaths_max FROM incidents WHERE id = 'inc-110'"));
        Assert.Equal(80, Dapper.SqlMapper.ExecuteScalar<long>(connection, "SELECT deaths_max FROM incidents WHERE id = 'inc-002'"));
        Assert.Equal(0, Dapper.SqlMapper.ExecuteScalar<long>(connection, "SELECT count(*) FROM incidents WHERE id IN ('inc-003', 'inc-111')"));
        Assert.Equal(1, Dapper.SqlMapper.ExecuteScalar<long>(connection, "SELECT count(*) FROM groups WHERE id = 'grp-022' AND name = 'Katiba Test'"));
        Assert.Equal(5100, Dapper.SqlMapper.ExecuteScalar<long>(connection, "SELECT troops FROM deployment_strength WHERE deployment_id = 'dep-002' AND as_of = '2022-09'"));
        again.Dispose();
    }
}
