using System.CommandLine;
using Microsoft.Data.Sqlite;
using SahelBot.Cli;
using SahelBot.Tests.Support;
using static SahelBot.Tests.Features.ReplyAssertions;

namespace SahelBot.Tests.Cli;

public sealed class ImportVerbTests : IDisposable
{
    // A monadic ACLED export (one row per actor) written for the test: MLI91001 has two rows, MLI91002 one,
    // MLI91003 is a protest (left out), and the note of the first event spans two lines.
    private const string Monadic =
        "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,interaction,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3\r\n"
        + "1,466,MLI91001,91001,14 March 2021,2021,1,Battles,Armed clash,Military Forces of Mali (2021-),,1,12,Western Africa,Mali,Mopti,Djenne,Kewa,Kouakourou,14.0,-4.5,1,Test Wire,National,\"Soldiers and militants clashed, \"\"fiercely\"\".\r\nSeven died.\",7,1700000000,MLI\r\n"
        + "2,466,MLI91001,91001,14 March 2021,2021,1,Battles,Armed clash,JNIM: Group for Support of Islam and Muslims,,2,12,Western Africa,Mali,Mopti,Djenne,Kewa,Kouakourou,14.0,-4.5,1,Test Wire,National,\"Soldiers and militants clashed, \"\"fiercely\"\".\r\nSeven died.\",7,1700000000,MLI\r\n"
        + "3,466,MLI91002,91002,20 March 2021,2021,1,Explosions/Remote violence,Remote explosive/landmine/IED,Unidentified Armed Group (Mali),,3,37,Western Africa,Mali,Mopti,Douentza,Boni,Hombori,15.27,-1.69,2,Radio Example,Subnational,A mine hit a bus near Hombori.,3,1700000000,MLI\r\n"
        + "4,466,MLI91003,91003,21 March 2021,2021,1,Protests,Peaceful protest,Protesters (Mali),,6,60,Western Africa,Mali,Bamako,Bamako,Bamako,Bamako,12.6,-8.0,1,Test Wire,National,A march.,0,1700000000,MLI\r\n";

    private readonly BotUnderTest _bot = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sahelbot-import-" + Guid.NewGuid().ToString("N"));

    public ImportVerbTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        _bot.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    private string WriteExport(string text, string name = "mali.csv")
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(true));
        return path;
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var database = new Option<string?>("--db") { Recursive = true };
        var root = new RootCommand { database };
        root.Subcommands.Add(ImportVerb.Create(database));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await root.Parse([.. args, "--db", _bot.DatabasePath]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private long Count(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_bot.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task ImportAcledPrintsWhatItInsertedUpdatedLeftAndSkippedWithReasons()
    {
        var (exit, output, error) = await RunAsync("import", "acled", WriteExport(Monadic));

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("4 rows read", output, StringComparison.Ordinal);
        Assert.Contains("inserted 2, updated 0, unchanged 0, skipped 1", output, StringComparison.Ordinal);
        Assert.Contains("skipped 1: not a security incident (Protests)", output, StringComparison.Ordinal);
        Assert.Contains("line 7 (MLI91003): not a security incident (Protests)", output, StringComparison.Ordinal);
        Assert.Equal(2, Count("SELECT count(*) FROM incidents WHERE origin = 'acled'"));
    }

    [Fact]
    public async Task AMonadicFileImportedTwiceShowsEachEventOnceInAttacksWithAcledsFiguresAndCitation()
    {
        var path = WriteExport(Monadic);

        await RunAsync("import", "acled", path);
        var (exit, output, _) = await RunAsync("import", "acled", path);
        var text = AllText(Answered(await _bot.RunAsync("/attacks mali since:2021-03-01 until:2021-03-31")));

        Assert.Equal(0, exit);
        Assert.Contains("inserted 0, updated 0, unchanged 2, skipped 1", output, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "inc-acled-mli91001"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "inc-acled-mli91002"));
        Assert.Contains("Kouakourou", text, StringComparison.Ordinal);
        Assert.Contains("7", text, StringComparison.Ordinal);
        Assert.Contains("ACLED, event MLI91001", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRunCountsAndWritesNothing()
    {
        var (exit, output, _) = await RunAsync("import", "acled", WriteExport(Monadic), "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("dry run: nothing written", output, StringComparison.Ordinal);
        Assert.Contains("inserted 2", output, StringComparison.Ordinal);
        Assert.Equal(0, Count("SELECT count(*) FROM incidents WHERE origin = 'acled'"));
    }

    [Fact]
    public async Task StrictStopsAtTheFirstBadRowNamingItsLineWithNothingWritten()
    {
        var bad = Monadic.Replace("20 March 2021", "31 February 2021", StringComparison.Ordinal);

        var (exit, _, error) = await RunAsync("import", "acled", WriteExport(bad), "--strict");

        Assert.Equal(1, exit);
        Assert.Contains("line 6:", error, StringComparison.Ordinal);
        Assert.Equal(0, Count("SELECT count(*) FROM incidents WHERE origin = 'acled'"));
    }

    [Fact]
    public async Task TheSkippedReportListsEverySkippedRowWithItsLineAndReason()
    {
        var report = Path.Combine(_folder, "skipped.csv");

        await RunAsync("import", "acled", WriteExport(Monadic), "--countries", "niger", "--skipped-report", report);

        Assert.Equal(
            [
                "line,event_id,reason",
                "2,MLI91001,country Mali is outside the countries imported",
                "4,MLI91001,country Mali is outside the countries imported",
                "6,MLI91002,country Mali is outside the countries imported",
                "7,MLI91003,country Mali is outside the countries imported",
            ],
            File.ReadAllLines(report));
    }

    [Fact]
    public async Task UcdpImportsGedRowsAndRefusesAnAcledFile()
    {
        var ged = "id,year,type_of_violence,side_a,side_b,source_article,where_prec,where_coordinates,adm_1,latitude,longitude,country,country_id,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low\n"
            + "990001,2022,3,JNIM,Civilians,\"\"\"Test Wire,2022-02-02,Villagers killed\"\"\",1,Seytenga town,Seno province,14.1,0.5,Burkina Faso,439,1,2022-02-01,2022-02-01,0,0,12,0,12,15,12\n";

        var (exit, output, _) = await RunAsync("import", "ucdp", WriteExport(ged, "ged.csv"));
        var (wrongExit, _, wrongError) = await RunAsync("import", "ucdp", WriteExport(Monadic));

        Assert.Equal(0, exit);
        Assert.Contains("inserted 1", output, StringComparison.Ordinal);
        Assert.Equal(1, Count("SELECT count(*) FROM incidents WHERE id = 'inc-ucdp-990001' AND kind = 'attack on civilians' AND place = 'Seytenga'"));
        Assert.Equal(1, wrongExit);
        Assert.Contains("import acled", wrongError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--since", "March 2021", "--since")]
    [InlineData("--countries", "Atlantis", "unknown country 'Atlantis'")]
    public async Task BadOptionsAreRefusedWithAMessage(string option, string value, string expected)
    {
        var (exit, _, error) = await RunAsync("import", "acled", WriteExport(Monadic), option, value);

        Assert.NotEqual(0, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
