using SahelBot.Facts.Import;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Import;

public sealed class BadRowTests(CuratedStoreFixture fixture) : ImportTestBase(fixture)
{
    // Line 2 holds a note over three lines, so the bad row (the third record) starts on line 5.
    private static ExportFile WithABadRow() =>
        new ExportFile(ExportLayouts.AcledCurrent)
            .Add(Rows.Acled(("event_id_cnty", "MLI1"), ("notes", "first line\nsecond line\nthird line")))
            .Add(Rows.Acled(("event_id_cnty", "MLI2"), ("event_date", "31 February 2021")))
            .Add(Rows.Acled(("event_id_cnty", "MLI3"), ("fatalities", "several")))
            .Add(Rows.Acled(("event_id_cnty", "MLI4")));

    [Fact]
    public async Task AnUnreadableRowIsSkippedWithItsLineAndReasonAndTheRestIsStored()
    {
        var report = await ImportAsync(ConflictDataset.Acled, Write(WithABadRow()));

        Assert.Equal((2, 2L), (report.Inserted, report.Skipped));
        Assert.Equal(
            [(5L, "MLI2", "'31 February 2021' is not a date"), (6L, "MLI3", "fatalities 'several' is not a whole number")],
            report.SkippedRows.Select(r => (r.Line, r.EventId, r.Reason)));
        Assert.Equal(["acled:MLI1", "acled:MLI4"], Query<string>("SELECT external_id FROM incidents WHERE origin = 'acled' ORDER BY id"));
    }

    [Fact]
    public async Task StrictStopsAtTheFirstBadRowWithNothingWritten()
    {
        var path = Write(WithABadRow());

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(ConflictDataset.Acled, path, o => o with { Strict = true, BatchSize = 1 }));

        Assert.Equal(5L, error.Line);
        Assert.Equal(0, ImportedCount());
        Assert.Equal(0L, Scalar<long>("SELECT count(*) FROM incident_imports"));
    }

    [Fact]
    public async Task StrictWritesEverythingWhenNoRowIsBad()
    {
        var file = new ExportFile(ExportLayouts.AcledCurrent).Add(Rows.Acled(("event_id_cnty", "MLI1"))).Add(Rows.Acled(("event_id_cnty", "MLI2")));

        var report = await ImportAsync(ConflictDataset.Acled, Write(file), o => o with { Strict = true, BatchSize = 1 });

        Assert.Equal(2, report.Inserted);
        Assert.Equal(2, ImportedCount());
    }

    [Fact]
    public async Task DryRunCountsWhatWouldHappenAndWritesNothing()
    {
        var before = File.ReadAllBytes(Store.DatabasePath);

        var report = await ImportAsync(ConflictDataset.Acled, Write(WithABadRow()), o => o with { DryRun = true });

        Assert.True(report.DryRun);
        Assert.Equal((2, 2L), (report.Inserted, report.Skipped));
        Assert.Equal(0, ImportedCount());
        Assert.Equal(before, File.ReadAllBytes(Store.DatabasePath));
    }

    [Fact]
    public async Task ARowWithMoreFieldsThanTheHeaderIsSkippedAndAnUnclosedQuoteIsReportedOnItsLine()
    {
        var text = ExportLayouts.AcledCurrent + "\n"
            + new ExportFile(ExportLayouts.AcledCurrent).Add(Rows.Acled(("event_id_cnty", "MLI1"))).Text().Split('\n')[1] + ",extra\n"
            + new ExportFile(ExportLayouts.AcledCurrent).Add(Rows.Acled(("event_id_cnty", "MLI2"))).Text().Split('\n')[1] + "\n"
            + "MLI3,\"2021-03-14,2021\n";
        var path = Temp.File("ragged.csv");
        File.WriteAllText(path, text);

        var report = await ImportAsync(ConflictDataset.Acled, path);

        Assert.Equal(1, report.Inserted);
        Assert.Equal([2L, 4L], report.SkippedRows.Select(r => r.Line));
        Assert.Contains("never closed", report.SkippedRows[1].Reason, StringComparison.Ordinal);
    }
}
