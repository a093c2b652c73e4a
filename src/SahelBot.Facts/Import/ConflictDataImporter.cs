using Microsoft.Data.Sqlite;

namespace SahelBot.Facts.Import;

/// <summary>
/// Imports an ACLED or UCDP GED export into the fact store: streamed row by row, written in batches of
/// one transaction each (an interruption loses only the batch in progress), keyed on the dataset's event
/// id so that a re-import updates revised events and leaves unchanged ones alone.
/// </summary>
public sealed class ConflictDataImporter(FactStore store)
{
    /// <summary>
    /// Called inside each batch's transaction with the incidents that batch added, after their subscription
    /// deliveries are planned, for other work that must commit or roll back together with them.
    /// </summary>
    public Func<SqliteConnection, SqliteTransaction, IReadOnlyList<string>, CancellationToken, Task>? IncidentsAdded { get; init; }

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// Runs the import. Cancellation stops it after rolling back the batch in progress and returns the
    /// report of the batches already committed (Interrupted set). A strict import that meets an
    /// unreadable row throws <see cref="ImportException"/> with nothing written.
    /// </summary>
    public async Task<ImportReport> ImportAsync(
        ImportOptions options,
        IProgress<ImportProgress>? progress = null,
        Action<SkippedRow>? skipped = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.BatchSize);
        if (!File.Exists(options.FilePath))
        {
            throw new ImportException($"file not found: {options.FilePath}");
        }

        using var file = ImportFile.Open(options.FilePath);
        await using var connection = store.Open(options.DryRun ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite);
        if (!options.DryRun)
        {
            // WAL with synchronous NORMAL keeps every commit atomic; it only lets the last ones wait for the next checkpoint
            // to be durable. Pages go through the bounded page cache (FactStore maps nothing) and the temp tables (staging,
            // events met) live in a temp file, so the working set does not grow with the store or the file.
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous = NORMAL";
            pragma.ExecuteNonQuery();
        }

        using var run = new ImportRun(connection, file, options, Clock.GetUtcNow(), IncidentsAdded, progress, skipped);
        return await run.ExecuteAsync(cancellationToken);
    }
}
