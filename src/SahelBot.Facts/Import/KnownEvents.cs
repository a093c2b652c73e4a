using Dapper;
using Microsoft.Data.Sqlite;

namespace SahelBot.Facts.Import;

/// <summary>
/// The dataset's events already in the store (revision and content hash), loaded once before the run
/// so that deciding insert / update / unchanged costs no query per row. Keys are 64-bit hashes of the
/// external ids, so the map stays a few dozen bytes per event however long the ids.
/// </summary>
internal sealed class KnownEvents
{
    private readonly Dictionary<ulong, KnownEvent> byKey = [];

    public static KnownEvents Load(SqliteConnection connection, ConflictDataset dataset)
    {
        var known = new KnownEvents();
        var origin = ConflictDatasetNames.Origin(dataset);
        var rows = connection.Query<(string ExternalId, string Id, long? Revision, long? Hash)>(
            """
            SELECT i.external_id, i.id, m.revision, m.content_hash
            FROM incidents i LEFT JOIN incident_imports m ON m.incident_id = i.id
            WHERE i.external_id >= @From AND i.external_id < @To
            """,
            new { From = origin + ":", To = origin + ";" });
        foreach (var row in rows)
        {
            var eventId = row.ExternalId[(origin.Length + 1)..];
            var otherId = row.Id == ConflictDatasetNames.IncidentId(dataset, eventId) ? null : row.Id;
            known.byKey[ContentHasher.Of(row.ExternalId)] = new KnownEvent(row.Revision, row.Hash ?? 0, SeenThisRun: false, otherId);
        }

        return known;
    }

    public bool TryGet(string externalId, out KnownEvent known) => byKey.TryGetValue(ContentHasher.Of(externalId), out known);

    public void Set(string externalId, KnownEvent known) => byKey[ContentHasher.Of(externalId)] = known;
}
