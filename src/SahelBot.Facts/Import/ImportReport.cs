namespace SahelBot.Facts.Import;

/// <summary>
/// What an import did. Every data row is accounted for: Rows = rows taken as the first row of an event
/// (Inserted + Updated + Unchanged) + MergedRows (more rows of an event already taken: monadic actor rows)
/// + SupersededRows (older revisions of an event also in the file) + Skipped.
/// </summary>
public sealed record ImportReport
{
    public required string FileName { get; init; }
    public required ConflictDataset Dataset { get; init; }
    public long Rows { get; init; }
    public int Inserted { get; init; }
    public int Updated { get; init; }
    public int Unchanged { get; init; }
    public long Skipped { get; init; }
    public long MergedRows { get; init; }
    public long SupersededRows { get; init; }

    /// <summary>Imported events found to be a curated incident already (same date, country and place).</summary>
    public int LinkedToCurated { get; init; }

    /// <summary>Skipped rows by reason, most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> SkipReasons { get; init; } = [];

    /// <summary>The first skipped rows, in file order (all of them when there are few).</summary>
    public IReadOnlyList<SkippedRow> SkippedRows { get; init; } = [];

    /// <summary>Notes about rows that were taken but looked odd (UCDP low/best/high out of order, ...).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Bytes that were not UTF-8 and were read as Windows-1252.</summary>
    public long Windows1252Bytes { get; init; }

    public bool DryRun { get; init; }
    public bool Interrupted { get; init; }
    public int BatchesCommitted { get; init; }
    public TimeSpan Elapsed { get; init; }

    public int Events => Inserted + Updated + Unchanged;
}
