using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace SahelBot.Facts.Import;

/// <summary>
/// The dataset's events as the store and this run know them, looked up one batch at a time through the
/// external id index, so that memory does not grow with the file. What the run decided about an event (its
/// later rows may come batches later) goes to a temp table, which commits and rolls back with the batch.
/// </summary>
internal sealed class KnownEvents : IDisposable
{
    private const string CreateSql = """
        CREATE TEMP TABLE IF NOT EXISTS import_seen (
          external_id TEXT PRIMARY KEY NOT NULL, revision INTEGER, stored_hash INTEGER NOT NULL, content_hash INTEGER NOT NULL, incident_id TEXT
        ) WITHOUT ROWID;
        DELETE FROM temp.import_seen;
        """;

    // An event this run has already taken is known by what the run decided, not by what the store held before.
    private const string LookupSql = """
        SELECT k.value, s.external_id IS NOT NULL, s.revision, s.stored_hash, s.content_hash, s.incident_id, i.id, m.revision, m.content_hash
        FROM json_each(@ids) k
        LEFT JOIN temp.import_seen s ON s.external_id = k.value
        LEFT JOIN incidents i ON s.external_id IS NULL AND i.external_id = k.value
        LEFT JOIN incident_imports m ON m.incident_id = i.id
        WHERE s.external_id IS NOT NULL OR i.id IS NOT NULL
        """;

    private readonly ConflictDataset dataset;
    private readonly string origin;
    private readonly SqliteCommand lookup;
    private readonly StageStatement remember;
    private readonly Dictionary<string, KnownEvent> batch = new(StringComparer.Ordinal);
    private readonly List<string> ids = [];
    private readonly object?[] values = new object?[5];

    public KnownEvents(SqliteConnection connection, ConflictDataset dataset)
    {
        this.dataset = dataset;
        origin = ConflictDatasetNames.Origin(dataset);
        using (var create = connection.CreateCommand())
        {
            create.CommandText = CreateSql;
            create.ExecuteNonQuery();
        }

        lookup = connection.CreateCommand();
        lookup.CommandText = LookupSql;
        lookup.Parameters.Add("@ids", SqliteType.Text);
        remember = new StageStatement(connection, "INSERT OR REPLACE INTO temp.import_seen VALUES (?, ?, ?, ?, ?)");
    }

    /// <summary>Looks up the events of the next batch (by external id), inside the batch's transaction.</summary>
    public void Load(IEnumerable<string> externalIds, SqliteTransaction? transaction)
    {
        batch.Clear();
        ids.Clear();
        ids.AddRange(externalIds);
        lookup.Transaction = transaction;
        lookup.Parameters[0].Value = JsonSerializer.Serialize(ids, ImportJsonContext.Default.ListString);
        using var reader = lookup.ExecuteReader();
        while (reader.Read())
        {
            var externalId = reader.GetString(0);
            batch[externalId] = reader.GetBoolean(1)
                ? new KnownEvent(Long(reader, 2), reader.GetInt64(3), SeenThisRun: true, Text(reader, 5), unchecked((ulong)reader.GetInt64(4)))
                : new KnownEvent(Long(reader, 7), Long(reader, 8) ?? 0, SeenThisRun: false, OtherIncidentId(externalId, reader.GetString(6)));
        }
    }

    public bool TryGet(string externalId, out KnownEvent known) => batch.TryGetValue(externalId, out known);

    /// <summary>Records what this run made of the event, for its later rows.</summary>
    public void Set(string externalId, KnownEvent known)
    {
        var v = values;
        (v[0], v[1], v[2], v[3], v[4]) = (externalId, known.Revision, known.StoredHash, unchecked((long)known.ContentHash), known.IncidentId);
        remember.Execute(v);
    }

    public void Dispose()
    {
        lookup.Dispose();
        remember.Dispose();
    }

    // The event's incident id when it is not the one the importer gives the event today.
    private string? OtherIncidentId(string externalId, string id) =>
        id == ConflictDatasetNames.IncidentId(dataset, externalId[(origin.Length + 1)..]) ? null : id;

    private static long? Long(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
