using System.Text;
using SahelBot.Facts.Import;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Import;

public sealed class AcledLayoutTests(CuratedStoreFixture fixture) : ImportTestBase(fixture)
{
    private const string MultiLineNotes = "On 14 March 2021, soldiers and militants fought near Boni, \"heavily\".\r\nThe army said four died.";

    private static ExportFile TwoEvents(string header, string date, bool bom = false, string newLine = "\n") =>
        new ExportFile(header) { Bom = bom, NewLine = newLine }
            .Add(Rows.Acled(("event_date", date), ("notes", MultiLineNotes)))
            .Add(Rows.Acled(
                ("event_id_cnty", "BFO77001"), ("iso", "854"), ("iso3", "BFA"), ("country", "Burkina Faso"), ("admin1", "Sahel"),
                ("location", "Djibo"), ("event_date", date), ("event_type", "Explosions/Remote violence"),
                ("sub_event_type", "Remote explosive/landmine/IED"), ("fatalities", "2"), ("geo_precision", "2")));

    [Theory]
    [InlineData("current", "16 March 2021")]
    [InlineData("population", "2021-03-16")]
    [InlineData("2019", "16-Mar-21")]
    [InlineData("uppercase", "2021-03-16")]
    public async Task EveryDyadicLayoutImportsItsEventsWithTheirFields(string layout, string date)
    {
        var header = layout switch
        {
            "current" => ExportLayouts.AcledCurrent,
            "population" => ExportLayouts.AcledWithPopulation,
            "2019" => ExportLayouts.Acled2019,
            _ => ExportLayouts.AcledUpperCase,
        };
        var path = Write(TwoEvents(header, date, bom: true, newLine: "\r\n"));

        var report = await ImportAsync(ConflictDataset.Acled, path);

        Assert.Equal((2, 0, 0, 0L), (report.Inserted, report.Updated, report.Unchanged, report.Skipped));
        var mali = Query<(string Date, string Country, string Admin1, string Place, string Kind, long Deaths, string Precision, string Summary, string Origin, string CreatedBy, string ExternalId)>(
            """
            SELECT date, country_code, admin1, place, kind, deaths_max, coordinate_precision, summary, origin, created_by, external_id
            FROM incidents WHERE id = 'inc-acled-mli90001'
            """).Single();
        Assert.Equal(("2021-03-16", "ML", "Mopti", "Boni", "clash", 4L, "town"), (mali.Date, mali.Country, mali.Admin1, mali.Place, mali.Kind, mali.Deaths, mali.Precision));
        Assert.StartsWith(MultiLineNotes + "\nInvolving: Military Forces of Mali (2021-); JNIM", mali.Summary, StringComparison.Ordinal);
        Assert.Equal(("acled", "import:export.csv", "acled:MLI90001"), (mali.Origin, mali.CreatedBy, mali.ExternalId));
        var burkina = Query<(string Country, string Kind, string Precision)>(
            "SELECT country_code, kind, coordinate_precision FROM incidents WHERE id = 'inc-acled-bfo77001'").Single();
        Assert.Equal(("BF", "IED", "approximate"), burkina);
    }

    [Fact]
    public async Task TheCitationIsAcledsSourceAndEventIdLinkedAsTheIncidentsSource()
    {
        var path = Write(TwoEvents(ExportLayouts.AcledCurrent, "2021-03-14"));

        await ImportAsync(ConflictDataset.Acled, path);

        var source = Query<(string Title, string Publisher, string? Url, string Origin)>(
            """
            SELECT s.title, s.publisher, s.url, s.origin FROM incident_sources x JOIN sources s ON s.id = x.source_id
            WHERE x.incident_id = 'inc-acled-mli90001'
            """).Single();
        Assert.Equal(("Test Wire; Radio Example", "ACLED, event MLI90001", null, "acled"), source);
    }

    [Fact]
    public async Task ActorsAreStoredAsInvolvedAndMatchedToKnownGroupsNeverAsPerpetrators()
    {
        var path = Write(new ExportFile(ExportLayouts.AcledCurrent).Add(Rows.Acled(
            ("actor1", "Katiba Macina"), ("assoc_actor_1", "JNIM: Group for Support of Islam and Muslims; Fulani Ethnic Militia (Mali)"),
            ("actor2", "Civilians (Mali)"), ("inter1", "Rebel group"), ("inter2", "Civilians"))));

        await ImportAsync(ConflictDataset.Acled, path);

        var actors = Query<(string Name, string? Type, string? Group)>(
            "SELECT name, actor_type, group_id FROM incident_actors WHERE incident_id = 'inc-acled-mli90001' ORDER BY ordinal");
        Assert.Equal(
            [
                ("Katiba Macina", "Rebel group", "grp-007"),
                ("JNIM: Group for Support of Islam and Muslims", null, "grp-001"),
                ("Fulani Ethnic Militia (Mali)", null, null),
                ("Civilians (Mali)", "Civilians", null),
            ],
            actors);
        Assert.Equal(0L, Scalar<long>("SELECT count(*) FROM incident_groups WHERE incident_id = 'inc-acled-mli90001'"));
    }

    [Fact]
    public async Task MonadicRowsOfOneEventCollapseIntoOneIncidentWithEveryActor()
    {
        var file = new ExportFile(ExportLayouts.AcledMonadic) { NewLine = "\r\n" }
            .Add(Rows.Acled(("event_date", "14 March 2021"), ("actor1", "Military Forces of Mali (2021-)"), ("inter1", "1")))
            .Add(Rows.Acled(("event_date", "14 March 2021"), ("actor1", "JNIM: Group for Support of Islam and Muslims"), ("inter1", "2")))
            .Add(Rows.Acled(("event_id_cnty", "MLI90002"), ("event_date", "15 March 2021"), ("actor1", "Dan Na Ambassagou"), ("inter1", "4")));

        var report = await ImportAsync(ConflictDataset.Acled, Write(file));

        Assert.Equal((2, 1L), (report.Inserted, report.MergedRows));
        Assert.Equal(3, report.Rows);
        Assert.Equal(["Military Forces of Mali (2021-)", "JNIM: Group for Support of Islam and Muslims"],
            Query<string>("SELECT name FROM incident_actors WHERE incident_id = 'inc-acled-mli90001' ORDER BY ordinal"));
        Assert.Equal(4L, Scalar<long>("SELECT deaths_max FROM incidents WHERE id = 'inc-acled-mli90001'"));
    }

    [Fact]
    public async Task PreTwoThousandSeventeenFilesInWindows1252WithOldTypesAndAllyColumnsImport()
    {
        var file = new ExportFile(ExportLayouts.AcledPre2017) { Windows1252 = true, NewLine = "\r\n" }
            .Add(Rows.Acled(
                ("gwno", "432"), ("event_id_cnty", "346RTA"), ("event_date", "15/01/2016"), ("year", "2016"),
                ("event_type", "Battle-No change of territory"), ("ally_actor_1", "AQIM: Al Qaeda in the Islamic Maghreb"),
                ("location", "Ménaka"), ("notes", "Militants\u2019 attack on the camp at Ménaka.")))
            .Add(Rows.Acled(("gwno", "436"), ("event_id_cnty", "347RTA"), ("event_date", "16/01/2016"), ("year", "2016"), ("country", "Niger"),
                ("event_type", "Remote violence"), ("location", "Diffa")));

        var report = await ImportAsync(ConflictDataset.Acled, Write(file));

        Assert.Equal(2, report.Inserted);
        Assert.True(report.Windows1252Bytes >= 3);
        var row = Query<(string Date, string Place, string Kind, string Summary)>(
            "SELECT date, place, kind, summary FROM incidents WHERE id = 'inc-acled-346rta'").Single();
        Assert.Equal(("2016-01-15", "Ménaka", "clash"), (row.Date, row.Place, row.Kind));
        Assert.StartsWith("Militants\u2019 attack on the camp at Ménaka.", row.Summary, StringComparison.Ordinal);
        Assert.Equal("grp-003", Scalar<string>("SELECT group_id FROM incident_actors WHERE incident_id = 'inc-acled-346rta' AND name LIKE 'AQIM%'"));
        Assert.Equal("other", Scalar<string>("SELECT kind FROM incidents WHERE id = 'inc-acled-347rta'"));
    }

    [Fact]
    public async Task AHandTrimmedFileWithoutEventIdsIsReadButEveryRowIsReportedAsSkipped()
    {
        var file = new ExportFile(ExportLayouts.AcledHandTrimmed) { Bom = true }
            .Add(Rows.Acled(("", "1"), ("event_date", "12-September-22"), ("year", "2022")))
            .Add(Rows.Acled(("", "2"), ("event_date", "15-Jul-22"), ("year", "2022")));

        var report = await ImportAsync(ConflictDataset.Acled, Write(file));

        Assert.Equal((0, 2L), (report.Inserted, report.Skipped));
        Assert.Equal([2L, 3L], report.SkippedRows.Select(r => r.Line));
        Assert.All(report.SkippedRows, r => Assert.Contains("event_id_cnty", r.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProtestsRiotsAndStrategicDevelopmentsAreSkippedUnlessAllEventTypesAreAsked()
    {
        var file = new ExportFile(ExportLayouts.AcledCurrent)
            .Add(Rows.Acled(("event_id_cnty", "MLI1"), ("event_type", "Protests"), ("sub_event_type", "Peaceful protest")))
            .Add(Rows.Acled(("event_id_cnty", "MLI2"), ("event_type", "Strategic developments"), ("sub_event_type", "Looting/property destruction")))
            .Add(Rows.Acled(("event_id_cnty", "MLI3"), ("event_type", "Violence against civilians"), ("sub_event_type", "Abduction/forced disappearance")));
        var path = Write(file);

        var report = await ImportAsync(ConflictDataset.Acled, path, o => o with { DryRun = true });
        var all = await ImportAsync(ConflictDataset.Acled, path, o => o with { AllEventTypes = true });

        Assert.Equal((1, 2L), (report.Inserted, report.Skipped));
        Assert.Contains(report.SkipReasons, r => r.Key == "not a security incident (Protests)");
        Assert.Equal(3, all.Inserted);
        Assert.Equal(["other", "other", "kidnapping"], Query<string>("SELECT kind FROM incidents WHERE origin = 'acled' ORDER BY id"));
    }

    [Fact]
    public async Task CountriesAndSinceLimitWhatIsImportedAndSayWhy()
    {
        var file = new ExportFile(ExportLayouts.AcledCurrent)
            .Add(Rows.Acled(("event_id_cnty", "MLI1")))
            .Add(Rows.Acled(("event_id_cnty", "NIR1"), ("country", "Niger"), ("event_date", "2020-01-02"), ("year", "2020")))
            .Add(Rows.Acled(("event_id_cnty", "NIR2"), ("country", "Niger")))
            .Add(Rows.Acled(("event_id_cnty", "ARG1"), ("country", "Argentina")));

        var report = await ImportAsync(ConflictDataset.Acled, Write(file), o => o with { Countries = ["niger"], Since = new DateOnly(2021, 1, 1) });

        Assert.Equal(["acled:NIR2"], Query<string>("SELECT external_id FROM incidents WHERE origin = 'acled'"));
        Assert.Equal(
            ["before --since 2021-01-01", "country Argentina is outside the countries imported", "country Mali is outside the countries imported"],
            report.SkipReasons.Select(r => r.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AnUnknownCountryInCountriesStopsTheImportBeforeReading()
    {
        var path = Write(new ExportFile(ExportLayouts.AcledCurrent).Add(Rows.Acled()));

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(ConflictDataset.Acled, path, o => o with { Countries = ["Atlantis"] }));

        Assert.Contains("Atlantis", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, ImportedCount());
    }

    [Fact]
    public async Task AGedFileGivenAsAcledIsRefusedWithAHint()
    {
        var path = Write(new ExportFile(ExportLayouts.Ged231).Add(Rows.Ged()));

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(ConflictDataset.Acled, path));

        Assert.Contains("import ucdp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AZipHoldingOneCsvIsReadLikeTheCsv()
    {
        var csv = TwoEvents(ExportLayouts.AcledCurrent, "2021-03-14").Text();
        var zip = Temp.File("export.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        {
            using (var writer = new StreamWriter(archive.CreateEntry("data/acled.csv").Open(), new UTF8Encoding(false)))
            {
                writer.Write(csv);
            }

            archive.CreateEntry("__MACOSX/data/._acled.csv");
        }

        var report = await ImportAsync(ConflictDataset.Acled, zip);

        Assert.Equal(2, report.Inserted);
        Assert.Equal("export.zip/data/acled.csv", report.FileName);
    }
}
