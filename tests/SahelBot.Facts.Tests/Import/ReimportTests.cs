using SahelBot.Facts.Import;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Import;

public sealed class ReimportTests(CuratedStoreFixture fixture) : ImportTestBase(fixture)
{
    private static ExportFile ThreeEvents(params (string Column, string Value)[] secondChanges) =>
        new ExportFile(ExportLayouts.AcledCurrent)
            .Add(Rows.Acled(("event_id_cnty", "MLI1")))
            .Add(Rows.Acled([("event_id_cnty", "MLI2"), .. secondChanges]))
            .Add(Rows.Acled(("event_id_cnty", "MLI3")));

    [Fact]
    public async Task ImportingTheSameFileTwiceLeavesEveryEventUnchanged()
    {
        var path = Write(ThreeEvents());

        var first = await ImportAsync(ConflictDataset.Acled, path);
        var second = await ImportAsync(ConflictDataset.Acled, path);

        Assert.Equal((3, 0, 0), (first.Inserted, first.Updated, first.Unchanged));
        Assert.Equal((0, 0, 3), (second.Inserted, second.Updated, second.Unchanged));
        Assert.Equal(3, ImportedCount());
        Assert.Equal(3L, Scalar<long>("SELECT count(*) FROM sources WHERE origin = 'acled'"));
        Assert.Equal(1L, Scalar<long>("SELECT max(version) FROM incidents WHERE origin = 'acled'"));
    }

    [Fact]
    public async Task ARevisedEventWithANewerTimestampUpdatesItsIncident()
    {
        await ImportAsync(ConflictDataset.Acled, Write(ThreeEvents(), "old.csv"));

        var report = await ImportAsync(ConflictDataset.Acled, Write(ThreeEvents(("timestamp", "1700000500"), ("fatalities", "9"), ("source", "Later Wire")), "new.csv"));

        Assert.Equal((0, 1, 2), (report.Inserted, report.Updated, report.Unchanged));
        var row = Query<(long Deaths, long Version, string CreatedBy)>("SELECT deaths_max, version, created_by FROM incidents WHERE id = 'inc-acled-mli2'").Single();
        Assert.Equal((9L, 2L, "import:old.csv"), row);
        Assert.Equal("Later Wire", Scalar<string>("SELECT title FROM sources WHERE id = 'src-acled-mli2'"));
        Assert.Equal(1700000500L, Scalar<long>("SELECT revision FROM incident_imports WHERE incident_id = 'inc-acled-mli2'"));
        Assert.Equal(1L, Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'import-update' AND entity_id = 'inc-acled-mli2'"));
    }

    [Fact]
    public async Task AnOlderExportDoesNotOverwriteANewerRevision()
    {
        await ImportAsync(ConflictDataset.Acled, Write(ThreeEvents(("timestamp", "1700000500"), ("fatalities", "9")), "new.csv"));

        var report = await ImportAsync(ConflictDataset.Acled, Write(ThreeEvents(), "old.csv"));

        Assert.Equal((0, 0, 3), (report.Inserted, report.Updated, report.Unchanged));
        Assert.Equal(9L, Scalar<long>("SELECT deaths_max FROM incidents WHERE id = 'inc-acled-mli2'"));
    }

    [Fact]
    public async Task WithinOneFileTheRowWithTheNewestTimestampWinsWhereverItStands()
    {
        var file = new ExportFile(ExportLayouts.AcledCurrent)
            .Add(Rows.Acled(("event_id_cnty", "MLI1"), ("timestamp", "1700000900"), ("fatalities", "12")))
            .Add(Rows.Acled(("event_id_cnty", "MLI2")))
            .Add(Rows.Acled(("event_id_cnty", "MLI1"), ("timestamp", "1700000100"), ("fatalities", "3")));

        var report = await ImportAsync(ConflictDataset.Acled, Write(file), o => o with { BatchSize = 1 });

        Assert.Equal((2, 1L), (report.Inserted, report.SupersededRows));
        Assert.Equal(12L, Scalar<long>("SELECT deaths_max FROM incidents WHERE id = 'inc-acled-mli1'"));
    }

    [Fact]
    public async Task AGedEventIsUpdatedWhenItsContentChangesAndLeftAloneWhenNot()
    {
        await ImportAsync(ConflictDataset.Ucdp, Write(new ExportFile(ExportLayouts.Ged231).Add(Rows.Ged()), "a.csv"));
        var same = await ImportAsync(ConflictDataset.Ucdp, Write(new ExportFile(ExportLayouts.Ged231).Add(Rows.Ged()), "b.csv"));
        var revised = await ImportAsync(ConflictDataset.Ucdp, Write(new ExportFile(ExportLayouts.Ged231).Add(Rows.Ged(("best", "17"), ("high", "22"))), "c.csv"));

        Assert.Equal((0, 0, 1), (same.Inserted, same.Updated, same.Unchanged));
        Assert.Equal((0, 1, 0), (revised.Inserted, revised.Updated, revised.Unchanged));
        Assert.Equal(22L, Scalar<long>("SELECT deaths_max FROM incidents WHERE id = 'inc-ucdp-880001'"));
    }
}
