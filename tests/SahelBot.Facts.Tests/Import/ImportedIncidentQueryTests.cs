using SahelBot.Facts.Import;
using SahelBot.Facts.Model;
using SahelBot.Facts.Queries;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Import;

public sealed class ImportedIncidentQueryTests(CuratedStoreFixture fixture) : ImportTestBase(fixture)
{
    private static readonly IncidentFilter MaliSince2019 = new() { CountryCode = "ML", Since = new DateOnly(2019, 1, 1) };

    [Fact]
    public async Task AMonadicFileImportedTwiceListsEachEventOnceWithAcledsFiguresAndCitation()
    {
        var queries = new IncidentQueries(Store);
        var curatedTotal = (await queries.ListAsync(MaliSince2019, 0, 1)).Total;
        var file = new ExportFile(ExportLayouts.AcledMonadic)
            .Add(Rows.Acled(("event_id_cnty", "MLI1"), ("actor1", "Military Forces of Mali (2021-)"), ("fatalities", "7")))
            .Add(Rows.Acled(("event_id_cnty", "MLI1"), ("actor1", "JNIM: Group for Support of Islam and Muslims"), ("fatalities", "7")))
            .Add(Rows.Acled(("event_id_cnty", "MLI2"), ("actor1", "Dan Na Ambassagou"), ("event_date", "2021-03-20")))
            .Add(Rows.Acled(("event_id_cnty", "MLI2"), ("actor1", "Civilians (Mali)"), ("event_date", "2021-03-20")));
        var path = Write(file);

        await ImportAsync(ConflictDataset.Acled, path);
        await ImportAsync(ConflictDataset.Acled, path);

        var page = await queries.ListAsync(MaliSince2019, 0, 500);
        Assert.Equal(curatedTotal + 2, page.Total);
        var imported = page.Items.Where(i => i.Id.StartsWith("inc-acled-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["inc-acled-mli2", "inc-acled-mli1"], imported.Select(i => i.Id));
        var first = imported[1];
        Assert.Equal((7, 7), (first.Fatalities.Min, first.Fatalities.Max));
        var citation = Assert.Single(first.Sources);
        Assert.Equal(("Test Wire; Radio Example", "ACLED, event MLI1"), (citation.Title, citation.Publisher));
        Assert.Empty(first.Perpetrators);
        Assert.Contains("Involving: Military Forces of Mali (2021-); JNIM: Group for Support of Islam and Muslims.", first.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnImportedCopyOfACuratedIncidentIsNotCountedTwiceInListsOrTotals()
    {
        var queries = new IncidentQueries(Store);
        var stats = new StatsQueries(Store);
        var niger = new IncidentFilter { CountryCode = "NE", Since = new DateOnly(2019, 12, 10), Until = new DateOnly(2019, 12, 10) };
        var before = await queries.ListAsync(niger, 0, 50);
        var statsBefore = await stats.GetAsync();
        var file = new ExportFile(ExportLayouts.AcledCurrent).Add(Rows.Acled(
            ("event_id_cnty", "NIR5001"), ("country", "Niger"), ("location", "Inates"), ("event_date", "2019-12-10"), ("year", "2019"), ("fatalities", "128")));

        await ImportAsync(ConflictDataset.Acled, Write(file));

        var after = await queries.ListAsync(niger, 0, 50);
        Assert.Equal(before.Items.Select(i => i.Id), after.Items.Select(i => i.Id));
        Assert.Contains("inc-001", after.Items.Select(i => i.Id));
        Assert.Equal(statsBefore.Incidents, (await stats.GetAsync()).Incidents);
        Assert.DoesNotContain("inc-acled-nir5001", (await new FactSearch(Store).SearchAsync("Inates attack", 20)).Select(h => h.Id));
        Assert.NotNull(await queries.GetAsync("inc-acled-nir5001"));
    }
}
