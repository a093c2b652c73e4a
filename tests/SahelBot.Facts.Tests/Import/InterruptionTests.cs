using SahelBot.Facts.Import;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Import;

public sealed class InterruptionTests(CuratedStoreFixture fixture) : ImportTestBase(fixture)
{
    [Fact]
    public async Task CancellingMidwayKeepsTheCommittedBatchesAndRollsBackTheOneInProgress()
    {
        using var cancel = new CancellationTokenSource();
        var batches = 0;
        var importer = new ConflictDataImporter(Store)
        {
            IncidentsAdded = (_, _, _, _) =>
            {
                if (++batches == 2)
                {
                    cancel.Cancel();
                }

                return Task.CompletedTask;
            },
        };

        var report = await importer.ImportAsync(new ImportOptions(ConflictDataset.Acled, AcledEvents(5)) { BatchSize = 2 }, cancellationToken: cancel.Token);

        Assert.True(report.Interrupted);
        Assert.Equal((1, 2), (report.BatchesCommitted, report.Inserted));
        Assert.Equal(["acled:MLI1", "acled:MLI2"], Query<string>("SELECT external_id FROM incidents WHERE origin = 'acled' ORDER BY id"));
        Assert.Equal(2L, Scalar<long>("SELECT count(*) FROM incident_imports"));
        Assert.Equal(2L, Scalar<long>("SELECT count(*) FROM sources WHERE origin = 'acled'"));
    }

    [Fact]
    public async Task AFailureMidwayLeavesTheStoreAsItWasBeforeTheFailingBatch()
    {
        var batches = 0;
        var importer = new ConflictDataImporter(Store)
        {
            IncidentsAdded = (_, _, _, _) => ++batches == 3 ? throw new InvalidOperationException("disk on fire") : Task.CompletedTask,
        };

        await Assert.ThrowsAsync<InvalidOperationException>(() => importer.ImportAsync(new ImportOptions(ConflictDataset.Acled, AcledEvents(5)) { BatchSize = 2 }));

        Assert.Equal(4, ImportedCount());
        Assert.Equal(0L, Scalar<long>("SELECT count(*) FROM incidents WHERE external_id = 'acled:MLI5'"));
        Assert.Equal(0L, Scalar<long>("SELECT count(*) FROM search_documents WHERE entity_id = 'inc-acled-mli5'"));
    }

    [Fact]
    public async Task NewIncidentsAreHandedToTheSubscriptionHookInsideTheirTransaction()
    {
        var seen = new List<string>();
        var importer = new ConflictDataImporter(Store)
        {
            IncidentsAdded = (connection, transaction, ids, _) =>
            {
                Assert.Same(connection, transaction.Connection);
                seen.AddRange(ids);
                return Task.CompletedTask;
            },
        };
        var path = AcledEvents(5);

        await importer.ImportAsync(new ImportOptions(ConflictDataset.Acled, path) { BatchSize = 2 });
        await importer.ImportAsync(new ImportOptions(ConflictDataset.Acled, path) { BatchSize = 2 });

        Assert.Equal(["inc-acled-mli1", "inc-acled-mli2", "inc-acled-mli3", "inc-acled-mli4", "inc-acled-mli5"], seen);
    }
}
