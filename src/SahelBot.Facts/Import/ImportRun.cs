using System.Diagnostics;
using System.Text.RegularExpressions;
using CsvHelper;
using Microsoft.Data.Sqlite;
using SahelBot.Facts.Search;
using SahelBot.Facts.Subscriptions;

namespace SahelBot.Facts.Import;

/// <summary>
/// One pass over one export: read rows, fold them into events, write them batch by batch, count everything.
/// A batch (one transaction) is written in chunks of at most <see cref="ImportOptions.ChunkSize"/> events: memory holds one chunk
/// however large the batch, and larger batches rewrite the store's random-keyed index pages fewer times.
/// </summary>
internal sealed partial class ImportRun : IDisposable
{
    private const int ProgressEveryRows = 2000;

    private readonly SqliteConnection connection;
    private readonly ImportFile file;
    private readonly ImportOptions options;
    private readonly Func<SqliteConnection, SqliteTransaction, IReadOnlyList<string>, CancellationToken, Task>? incidentsAdded;
    private readonly IProgress<ImportProgress>? progress;
    private readonly Action<SkippedRow>? onSkipped;
    private readonly RowScope scope;
    private readonly CuratedIncidentIndex curated;
    private readonly KnownEvents known;
    private readonly ImportBatchWriter? writer;
    private PendingBatch chunk = new();
    private readonly List<string> externalIds = [];
    private readonly List<string> warnings = [];
    private readonly Dictionary<string, long> skipReasons = new(StringComparer.Ordinal);
    private readonly List<SkippedRow> skippedRows = [];
    private readonly Dictionary<long, string> malformedLines = [];
    private readonly Stopwatch stopwatch = Stopwatch.StartNew();
    private SqliteTransaction? strictTransaction;
    private SqliteTransaction? transaction;
    private BatchTally tally = new();
    private int eventsInBatch;
    private long rows;
    private long skippedCount;
    private long mergedRows;
    private long supersededRows;
    private int inserted;
    private int updated;
    private int unchanged;
    private int linked;
    private int batchesCommitted;

    public ImportRun(
        SqliteConnection connection,
        ImportFile file,
        ImportOptions options,
        DateTimeOffset now,
        Func<SqliteConnection, SqliteTransaction, IReadOnlyList<string>, CancellationToken, Task>? incidentsAdded,
        IProgress<ImportProgress>? progress,
        Action<SkippedRow>? onSkipped)
    {
        this.connection = connection;
        this.file = file;
        this.options = options;
        this.incidentsAdded = incidentsAdded;
        this.progress = progress;
        this.onSkipped = onSkipped;
        var countries = CountryResolver.Load(connection);
        scope = new RowScope(countries, countries.Scope(options.Countries), options.Since, options.AllEventTypes);
        curated = CuratedIncidentIndex.Load(connection);
        known = new KnownEvents(connection, options.Dataset);
        writer = options.DryRun ? null : new ImportBatchWriter(connection, options.Dataset, file.Name, now, ActorMatcher.Load(connection));
    }

    public async Task<ImportReport> ExecuteAsync(CancellationToken ct)
    {
        var interrupted = false;
        try
        {
            if (options.Strict && writer is not null)
            {
                strictTransaction = connection.BeginTransaction();
                writer.Begin(strictTransaction);
            }

            await ReadAsync(ct);
            await WriteChunkAsync(ct);
            await EndBatchAsync(ct);
            if (strictTransaction is not null)
            {
                ct.ThrowIfCancellationRequested();
                strictTransaction.Commit();
                batchesCommitted = Math.Max(batchesCommitted, 1);
            }
        }
        catch (CsvFormatException error)
        {
            // Past CsvHelper's limits (a record of gigabytes): the file cannot be read on from here.
            throw new ImportException($"line {error.LineNumber}: {error.Message}", error) { Line = error.LineNumber };
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            interrupted = true;
            if (strictTransaction is not null)
            {
                inserted = updated = unchanged = linked = 0;
                batchesCommitted = 0;
            }
        }

        progress?.Report(new ImportProgress(file.Position, file.Length, rows));
        return new ImportReport
        {
            FileName = file.Name,
            Dataset = options.Dataset,
            Rows = rows,
            Inserted = inserted,
            Updated = updated,
            Unchanged = unchanged,
            Skipped = skippedCount,
            MergedRows = mergedRows,
            SupersededRows = supersededRows,
            LinkedToCurated = linked,
            SkipReasons = skipReasons.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).ToList(),
            SkippedRows = skippedRows,
            Warnings = warnings,
            Windows1252Bytes = file.Content.Windows1252Bytes,
            DryRun = options.DryRun,
            Interrupted = interrupted,
            BatchesCommitted = batchesCommitted,
            Elapsed = stopwatch.Elapsed,
        };
    }

    public void Dispose()
    {
        // A batch still open here was interrupted or failed: disposing it rolls it back.
        transaction?.Dispose();
        strictTransaction?.Dispose();
        writer?.Dispose();
        known.Dispose();
    }

    private async Task ReadAsync(CancellationToken ct)
    {
        var csvOptions = new CsvReaderOptions
        {
            Separator = ',',
            TrackLineNumbers = true,
            OnMalformedRecord = record =>
            {
                if (record.Reason == CsvMalformedReason.UnterminatedQuote)
                {
                    malformedLines[record.LineNumber] = "a quoted field is never closed: the rest of the file was read into this row";
                }
            },
        };
        using var reader = CsvReader.Create(file.Content, csvOptions, leaveOpen: true);
        var columns = new ColumnMap(reader.Headers);
        IConflictRowMapper mapper = options.Dataset == ConflictDataset.Acled ? new AcledRowMapper(scope) : new UcdpRowMapper(scope, warnings);
        if (options.Dataset == ConflictDataset.Acled)
        {
            AcledRowMapper.CheckHeader(columns);
        }
        else
        {
            UcdpRowMapper.CheckHeader(columns);
        }

        var fields = new RowFields(reader, columns);
        while (reader.Read())
        {
            ct.ThrowIfCancellationRequested();
            rows++;
            var line = reader.LineNumber;
            var outcome = malformedLines.Remove(line, out var malformed)
                ? RowOutcome.Bad(null, malformed)
                : FieldCountProblem(reader, columns) is { } problem ? RowOutcome.Bad(null, problem) : mapper.Map(fields, line);
            if (outcome.Event is null)
            {
                Skip(line, outcome);
            }
            else
            {
                // Rows of one event stay together; a chunk also ends where its batch does.
                if (chunk.Count >= Math.Min(options.ChunkSize, options.BatchSize - eventsInBatch) && outcome.Event.EventId != chunk.LastEventId)
                {
                    await WriteChunkAsync(ct);
                }

                chunk.Add(outcome.Event);
            }

            if (rows % ProgressEveryRows == 0)
            {
                progress?.Report(new ImportProgress(file.Position, file.Length, rows));
            }
        }
    }

    private static string? FieldCountProblem(CsvReader reader, ColumnMap columns)
    {
        if (reader.FieldCount <= columns.LastNamedIndex)
        {
            return $"{reader.FieldCount} fields where the header has {columns.HeaderCount}";
        }

        for (var i = columns.HeaderCount; i < reader.FieldCount; i++)
        {
            if (!reader.IsEmpty(i))
            {
                return $"{reader.FieldCount} fields where the header has {columns.HeaderCount}";
            }
        }

        return null;
    }

    private void Skip(long line, RowOutcome outcome)
    {
        var row = new SkippedRow(line, outcome.EventId, outcome.Reason!, outcome.Unreadable);
        if (options.Strict && outcome.Unreadable)
        {
            throw new ImportException($"line {line}: {outcome.Reason} (--strict: nothing was imported)") { Line = line };
        }

        skippedCount++;
        var key = QuotedValue().Replace(outcome.Reason!, "'…'");
        skipReasons[key] = skipReasons.GetValueOrDefault(key) + 1;
        if (skippedRows.Count < options.MaxSkippedRowsKept)
        {
            skippedRows.Add(row);
        }

        onSkipped?.Invoke(row);
    }

    private async Task WriteChunkAsync(CancellationToken ct)
    {
        if (chunk.Count == 0)
        {
            return;
        }

        // One transaction per batch; a dry run's holds only its writes to the temp table of events met.
        if (transaction is null)
        {
            transaction = strictTransaction ?? connection.BeginTransaction();
            writer?.Begin(transaction);
        }

        Decide(chunk, transaction);
        if (writer is not null)
        {
            // Each step can take a second on a busy machine; an interrupted import should stop between them, not after all.
            ct.ThrowIfCancellationRequested();
            var staged = writer.Apply();
            ct.ThrowIfCancellationRequested();
            if (staged)
            {
                await SearchIndex.RefreshSelectedAsync(connection, transaction, SearchIndex.Incident, ImportBatchWriter.StagedIdsSql);
            }

            writer.Clear();
        }

        eventsInBatch += chunk.Count;
        tally.MergedRows += chunk.MergedRows;
        tally.SupersededRows += chunk.SupersededRows;
        chunk = new PendingBatch();
        if (eventsInBatch >= options.BatchSize)
        {
            await EndBatchAsync(ct);
        }
    }

    private async Task EndBatchAsync(CancellationToken ct)
    {
        if (transaction is null)
        {
            return;
        }

        if (writer is not null && tally.Added.Count > 0)
        {
            // Imported incidents are news like any other: their deliveries commit or roll back with them.
            await DeliveryPlanner.PlanForIncidentsAsync(connection, transaction, tally.Added);
            if (incidentsAdded is not null)
            {
                await incidentsAdded(connection, transaction, tally.Added, ct);
            }
        }

        if (transaction != strictTransaction)
        {
            ct.ThrowIfCancellationRequested();
            transaction.Commit();
            transaction.Dispose();
            batchesCommitted += writer is null ? 0 : 1;
        }

        transaction = null;
        inserted += tally.Inserted;
        updated += tally.Updated;
        unchanged += tally.Unchanged;
        linked += tally.Linked;
        mergedRows += tally.MergedRows;
        supersededRows += tally.SupersededRows;
        tally = new BatchTally();
        eventsInBatch = 0;
    }

    private void Decide(PendingBatch events, SqliteTransaction current)
    {
        externalIds.Clear();
        foreach (var imported in events.Events)
        {
            externalIds.Add(ConflictDatasetNames.ExternalId(options.Dataset, imported.EventId));
        }

        known.Load(externalIds, current);
        for (var i = 0; i < events.Count; i++)
        {
            var imported = events.Events[i];
            var externalId = externalIds[i];
            var duplicateOf = curated.Find(imported.DateText, imported.CountryCode, imported.PlaceFolded);
            var seen = new KnownEvent(imported.Revision, imported.StoredHash(), SeenThisRun: true, null, imported.ContentHash);
            if (!known.TryGet(externalId, out var stored))
            {
                var id = ConflictDatasetNames.IncidentId(options.Dataset, imported.EventId);
                writer?.Insert(id, imported, duplicateOf);
                tally.Inserted++;
                tally.Added.Add(id);
                tally.Linked += duplicateOf is null ? 0 : 1;
                known.Set(externalId, seen);
                continue;
            }

            var incidentId = stored.IncidentId ?? ConflictDatasetNames.IncidentId(options.Dataset, imported.EventId);
            var order = RevisionOrder.Compare(imported.Revision, stored.Revision);
            if (stored.SeenThisRun)
            {
                // The file holds this event again, away from its first rows.
                if (order < 0)
                {
                    tally.SupersededRows++;
                }
                else if (order == 0 && imported.ContentHash == stored.ContentHash)
                {
                    writer?.AddActors(incidentId, imported);
                    tally.MergedRows++;
                }
                else
                {
                    writer?.Update(incidentId, imported, duplicateOf, stored);
                    tally.SupersededRows++;
                    known.Set(externalId, seen with { IncidentId = stored.IncidentId });
                }

                continue;
            }

            if (order < 0 || (order == 0 && imported.StoredHash() == stored.StoredHash))
            {
                // Stored already, or stored at a newer revision than this file has: ACLED's newest timestamp wins.
                tally.Unchanged++;
                known.Set(externalId, stored with { SeenThisRun = true, ContentHash = order == 0 ? imported.ContentHash : 0 });
                continue;
            }

            writer?.Update(incidentId, imported, duplicateOf, stored);
            tally.Updated++;
            tally.Linked += duplicateOf is null ? 0 : 1;
            known.Set(externalId, seen with { IncidentId = stored.IncidentId });
        }
    }

    [GeneratedRegex("'[^']*'")]
    private static partial Regex QuotedValue();
}
