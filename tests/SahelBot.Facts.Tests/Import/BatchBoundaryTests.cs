using SahelBot.Facts.Import;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Import;

/// <summary>The importer looks events up one batch at a time; these files spread one event over several batches.</summary>
public sealed class BatchBoundaryTests(CuratedStoreFixture fixture) : ImportTestBase(fixture)
{
    [Fact]
    public async Task ReimportingInBatchesOfTwoLeavesEveryEventUnchangedAndWritesNothing()
    {
        var path = AcledEvents(7);
        await ImportAsync(ConflictDataset.Acled, path, o => o with { BatchSize = 2 });
        var auditRows = Scalar<long>("SELECT count(*) FROM audit_log");

        var again = await ImportAsync(ConflictDataset.Acled, path, o => o with { BatchSize = 2 });

        Assert.Equal((0, 0, 7), (again.Inserted, again.Updated, again.Unchanged));
        Assert.Equal(auditRows, Scalar<long>("SELECT count(*) FROM audit_log"));
        Assert.Equal(1L, Scalar<long>("SELECT max(version) FROM incidents WHERE origin = 'acled'"));
    }

    [Fact]
    public async Task AMonadicRowMetBatchesLaterAddsItsActorToTheIncidentTheRunWrote()
    {
        var file = new ExportFile(ExportLayouts.AcledMonadic)
            .Add(Rows.Acled(("actor1", "Military Forces of Mali (2021-)"), ("inter1", "1")))
            .Add(Rows.Acled(("event_id_cnty", "MLI90002")))
            .Add(Rows.Acled(("event_id_cnty", "MLI90003")))
            .Add(Rows.Acled(("actor1", "JNIM: Group for Support of Islam and Muslims"), ("inter1", "2")));

        var report = await ImportAsync(ConflictDataset.Acled, Write(file), o => o with { BatchSize = 1 });

        Assert.Equal((3, 1L, 4), (report.Inserted, report.MergedRows, report.BatchesCommitted));
        Assert.Equal(["Military Forces of Mali (2021-)", "JNIM: Group for Support of Islam and Muslims"],
            Query<string>("SELECT name FROM incident_actors WHERE incident_id = 'inc-acled-mli90001' ORDER BY ordinal"));
    }

    [Fact]
    public async Task AnOlderRowMetBatchesLaterIsCountedAsSupersededInADryRunToo()
    {
        var file = new ExportFile(ExportLayouts.AcledCurrent)
            .Add(Rows.Acled(("event_id_cnty", "MLI1"), ("timestamp", "1700000900")))
            .Add(Rows.Acled(("event_id_cnty", "MLI2")))
            .Add(Rows.Acled(("event_id_cnty", "MLI1"), ("timestamp", "1700000100")));
        var path = Write(file);

        var dryRun = await ImportAsync(ConflictDataset.Acled, path, o => o with { BatchSize = 1, DryRun = true });

        Assert.Equal((2, 0, 1L), (dryRun.Inserted, dryRun.Unchanged, dryRun.SupersededRows));
        Assert.Equal(0, ImportedCount());
    }
}
