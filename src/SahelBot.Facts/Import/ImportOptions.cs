namespace SahelBot.Facts.Import;

/// <summary>
/// One import run. <paramref name="Countries"/> are names or codes as people type them (empty = the five
/// Sahel countries). Strict stops at the first unreadable row with nothing written; DryRun writes nothing.
/// </summary>
public sealed record ImportOptions(ConflictDataset Dataset, string FilePath)
{
    /// <summary>What <see cref="BatchSize"/> is unless set (the command line's --batch-size default too).</summary>
    public const int DefaultBatchSize = 20_000;

    public IReadOnlyList<string> Countries { get; init; } = [];
    public DateOnly? Since { get; init; }
    public bool DryRun { get; init; }
    public bool Strict { get; init; }

    /// <summary>Also import protests, riots and strategic developments (as kind "other"); skipped by default.</summary>
    public bool AllEventTypes { get; init; }

    /// <summary>
    /// Events written per transaction; an interruption loses at most the batch in progress. Memory does not grow with it
    /// (a batch is written in chunks); each commit rewrites the index pages its rows touched, so fewer, larger ones write less.
    /// </summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>Events held in memory and written at a time within a batch; small in tests, to cross chunk boundaries.</summary>
    internal int ChunkSize { get; init; } = 5000;

    /// <summary>Skipped rows kept in the report (all are counted; a caller wanting all can use OnSkipped).</summary>
    public int MaxSkippedRowsKept { get; init; } = 1000;
}
