using SahelBot.Facts.Import;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Import;

/// <summary>A batch (one transaction) is written a chunk at a time; these use batches of four events in chunks of two.</summary>
public sealed class ChunkedBatchTests(CuratedStoreFixture fixture) : ImportTestBase(fixture)
{
    private static ImportOptions Chunked(ImportOptions options) => options with { BatchSize = 4, ChunkSize = 2 };

    [Fact]
    public async Task EachBatchCommitsOnceAndHandsEveryIncidentOfItsChunksToTheHookTogether()
    {
        var handed = new List<IReadOnlyList<string>>();
        var importer = new ConflictDataImporter(Store)
        {
            IncidentsAdded = (_, _, ids, _) =>
            {
                handed.Add([.. ids]);
                return Task.CompletedTask;
            },
        };

        var report = await importer.ImportAsync(Chunked(new ImportOptions(ConflictDataset.Acled, AcledEvents(7))));

        Assert.Equal((7, 2), (report.Inserted, report.BatchesCommitted));
        Assert.Equal(
            [
                ["inc-acled-mli1", "inc-acled-mli2", "inc-acled-mli3", "inc-acled-mli4"],
                ["inc-acled-mli5", "inc-acled-mli6", "inc-acled-mli7"],
            ],
            handed);
        Assert.Equal(7L, Scalar<long>("SELECT count(*) FROM search_documents WHERE entity_id LIKE 'inc-acled-%'"));
    }

    [Fact]
    public async Task AFailingBatchRollsBackTheChunksItHadAlreadyWritten()
    {
        var batches = 0;
        var importer = new ConflictDataImporter(Store)
        {
            IncidentsAdded = (_, _, _, _) => ++batches == 2 ? throw new InvalidOperationException("disk on fire") : Task.CompletedTask,
        };

        await Assert.ThrowsAsync<InvalidOperationException>(() => importer.ImportAsync(Chunked(new ImportOptions(ConflictDataset.Acled, AcledEvents(7)))));

        Assert.Equal(["acled:MLI1", "acled:MLI2", "acled:MLI3", "acled:MLI4"], Query<string>("SELECT external_id FROM incidents WHERE origin = 'acled' ORDER BY id"));
        Assert.Equal(0L, Scalar<long>("SELECT count(*) FROM search_documents WHERE entity_id IN ('inc-acled-mli5', 'inc-acled-mli6')"));
        Assert.Equal(4L, Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'import'"));
    }

    [Fact]
    public async Task AMonadicRowInALaterChunkOfTheSameBatchAddsItsActorToTheIncident()
    {
        var file = new ExportFile(ExportLayouts.AcledMonadic)
            .Add(Rows.Acled(("actor1", "Military Forces of Mali (2021-)"), ("inter1", "1")))
            .Add(Rows.Acled(("event_id_cnty", "MLI90002")))
            .Add(Rows.Acled(("event_id_cnty", "MLI90003")))
            .Add(Rows.Acled(("actor1", "JNIM: Group for Support of Islam and Muslims"), ("inter1", "2")));

        var report = await ImportAsync(ConflictDataset.Acled, Write(file), o => o with { BatchSize = 10, ChunkSize = 1 });

        Assert.Equal((3, 1L, 1), (report.Inserted, report.MergedRows, report.BatchesCommitted));
        Assert.Equal(["Military Forces of Mali (2021-)", "JNIM: Group for Support of Islam and Muslims"],
            Query<string>("SELECT name FROM incident_actors WHERE incident_id = 'inc-acled-mli90001' ORDER BY ordinal"));
        Assert.EndsWith("Involving: Military Forces of Mali (2021-); JNIM: Group for Support of Islam and Muslims.",
            Scalar<string>("SELECT summary FROM incidents WHERE id = 'inc-acled-mli90001'"), StringComparison.Ordinal);
    }
}
