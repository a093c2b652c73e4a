using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace SahelBot.Facts.Import;

/// <summary>
/// Writes a batch of imported events in two steps: one prepared insert per event into a temp staging
/// table, then a fixed set of INSERT … SELECT / UPDATE … FROM statements that copy the whole batch into
/// incidents, sources, incident_sources, incident_imports, incident_actors and audit_log inside SQLite.
/// One statement per event instead of seven keeps the managed-to-native round trips to a minimum.
/// Ops: 'insert' a new event, 'update' a revised one, 'actors' more actors of an event this run wrote.
/// </summary>
internal sealed class ImportBatchWriter : IDisposable
{
    private const string CreateStageSql = """
        CREATE TEMP TABLE IF NOT EXISTS import_stage (
          incident_id TEXT PRIMARY KEY NOT NULL, op TEXT NOT NULL, source_id TEXT NOT NULL, external_id TEXT NOT NULL, event_id TEXT NOT NULL,
          date TEXT, date_precision TEXT, country_code TEXT, admin1 TEXT, place TEXT, place_folded TEXT, latitude REAL, longitude REAL,
          coordinate_precision TEXT, kind TEXT, target TEXT, deaths_military INTEGER, deaths_civilian INTEGER, deaths_militants INTEGER,
          deaths_min INTEGER, deaths_max INTEGER, summary TEXT, description TEXT, duplicate_of TEXT, citation_title TEXT,
          citation_publisher TEXT, citation_published TEXT, revision INTEGER, content_hash INTEGER, event_type TEXT, sub_event_type TEXT,
          date_precision_code INTEGER, geo_precision_code INTEGER, deaths_best INTEGER, line INTEGER, actors TEXT,
          before_revision INTEGER, before_hash INTEGER);
        DELETE FROM temp.import_stage;
        """;

    private static readonly string[] StageColumns =
    [
        "incident_id", "op", "source_id", "external_id", "event_id", "date", "date_precision", "country_code", "admin1", "place",
        "place_folded", "latitude", "longitude", "coordinate_precision", "kind", "target", "deaths_military", "deaths_civilian",
        "deaths_militants", "deaths_min", "deaths_max", "summary", "description", "duplicate_of", "citation_title", "citation_publisher",
        "citation_published", "revision", "content_hash", "event_type", "sub_event_type", "date_precision_code", "geo_precision_code",
        "deaths_best", "line", "actors", "before_revision", "before_hash",
    ];

    // Fixed statements over the staging table; values come from it or from the parameters, never from spliced text.
    private const string InsertSql = """
        INSERT INTO incidents (id, date, date_precision, country_code, admin1, place, place_folded, latitude, longitude,
            coordinate_precision, kind, target, deaths_military, deaths_civilian, deaths_militants, deaths_min, deaths_max,
            summary, duplicate_of, external_id, origin, created_at, created_by, guild_id)
        SELECT incident_id, date, date_precision, country_code, admin1, place, place_folded, latitude, longitude,
            coordinate_precision, kind, target, deaths_military, deaths_civilian, deaths_militants, deaths_min, deaths_max,
            summary, duplicate_of, external_id, @origin, @at, @by, NULL
        FROM temp.import_stage WHERE op = 'insert' ORDER BY rowid;
        """;

    private const string UpdateSql = """
        UPDATE incidents SET date = s.date, date_precision = s.date_precision, country_code = s.country_code, admin1 = s.admin1,
            place = s.place, place_folded = s.place_folded, latitude = s.latitude, longitude = s.longitude,
            coordinate_precision = s.coordinate_precision, kind = s.kind, target = s.target, deaths_military = s.deaths_military,
            deaths_civilian = s.deaths_civilian, deaths_militants = s.deaths_militants, deaths_min = s.deaths_min,
            deaths_max = s.deaths_max, summary = s.summary, duplicate_of = s.duplicate_of, version = incidents.version + 1
        FROM (SELECT * FROM temp.import_stage WHERE op = 'update') s WHERE incidents.id = s.incident_id;

        DELETE FROM incident_actors WHERE incident_id IN (SELECT incident_id FROM temp.import_stage WHERE op = 'update');
        """;

    private const string RecordSql = $"""
        INSERT INTO sources (id, url, title, publisher, published, origin, created_at, created_by, guild_id)
        SELECT source_id, NULL, citation_title, citation_publisher, citation_published, @origin, @at, @by, NULL
        FROM temp.import_stage WHERE op IN ('insert', 'update') ORDER BY rowid
        ON CONFLICT (id) DO UPDATE SET title = excluded.title, publisher = excluded.publisher, published = excluded.published;

        INSERT OR IGNORE INTO incident_sources (incident_id, source_id, ordinal)
        SELECT incident_id, source_id, 1 FROM temp.import_stage WHERE op IN ('insert', 'update') ORDER BY rowid;

        INSERT INTO incident_imports (incident_id, dataset, event_id, revision, content_hash, event_type, sub_event_type,
            date_precision_code, geo_precision_code, deaths_best, file_name, line, imported_at)
        SELECT incident_id, @origin, event_id, revision, content_hash, event_type, sub_event_type,
            date_precision_code, geo_precision_code, deaths_best, @file, line, @at
        FROM temp.import_stage WHERE op IN ('insert', 'update') ORDER BY rowid
        ON CONFLICT (incident_id) DO UPDATE SET revision = excluded.revision, content_hash = excluded.content_hash,
            event_type = excluded.event_type, sub_event_type = excluded.sub_event_type,
            date_precision_code = excluded.date_precision_code, geo_precision_code = excluded.geo_precision_code,
            deaths_best = excluded.deaths_best, file_name = excluded.file_name, line = excluded.line, imported_at = excluded.imported_at;

        INSERT OR IGNORE INTO incident_actors (incident_id, name, ordinal, actor_type, group_id)
        SELECT s.incident_id, json_extract(j.value, '$[0]'),
               j.key + 1 + CASE s.op WHEN 'actors' THEN COALESCE((SELECT max(a.ordinal) FROM incident_actors a WHERE a.incident_id = s.incident_id), 0) ELSE 0 END,
               json_extract(j.value, '$[1]'), json_extract(j.value, '$[2]')
        FROM temp.import_stage s, json_each(s.actors) j
        ORDER BY s.rowid, j.key;

        INSERT INTO audit_log (at, actor, guild_id, action, entity, entity_id, before_json, after_json, reason)
        SELECT @at, @by, NULL, CASE op WHEN 'insert' THEN 'import' ELSE 'import-update' END, 'incident', incident_id,
               CASE op WHEN 'update' THEN json_object('revision', before_revision, 'content_hash', before_hash) END,
               json_object('revision', revision, 'content_hash', content_hash, 'line', line),
               @origin || ' event ' || event_id || ' from ' || @file
        FROM temp.import_stage WHERE op IN ('insert', 'update') ORDER BY rowid;
        """;

    private const string MergeSql = $"""
        UPDATE incidents SET summary = s.description || char(10) || '{ImportedSummary.InvolvingLabel}'
            || (SELECT group_concat(name, '; ') FROM (SELECT a.name FROM incident_actors a WHERE a.incident_id = s.incident_id ORDER BY a.ordinal)) || '.'
        FROM (SELECT * FROM temp.import_stage WHERE op = 'actors') s WHERE incidents.id = s.incident_id;
        """;

    /// <summary>The ids of the incidents staged in this batch, for the search index.</summary>
    public const string StagedIdsSql = "SELECT incident_id AS id FROM temp.import_stage";

    private readonly ConflictDataset dataset;
    private readonly ActorMatcher actors;
    private readonly StageStatement stage;
    private readonly SqliteCommand insert;
    private readonly SqliteCommand update;
    private readonly SqliteCommand record;
    private readonly SqliteCommand merge;
    private readonly SqliteCommand clear;
    private readonly object?[] values = new object?[StageColumns.Length];
    private int inserts;
    private int updates;
    private int merges;

    public ImportBatchWriter(SqliteConnection connection, ConflictDataset dataset, string fileName, DateTimeOffset now, ActorMatcher actors)
    {
        this.dataset = dataset;
        this.actors = actors;
        using (var create = connection.CreateCommand())
        {
            create.CommandText = CreateStageSql;
            create.ExecuteNonQuery();
        }

        stage = new StageStatement(
            connection,
            $"INSERT OR REPLACE INTO temp.import_stage ({string.Join(", ", StageColumns)}) VALUES ({string.Join(", ", StageColumns.Select(_ => "?"))})");
        insert = Command(connection, InsertSql, fileName, now);
        update = Command(connection, UpdateSql, fileName, now);
        record = Command(connection, RecordSql, fileName, now);
        merge = Command(connection, MergeSql, fileName, now);
        clear = Command(connection, "DELETE FROM temp.import_stage", fileName, now);
    }

    public void Begin(SqliteTransaction transaction)
    {
        foreach (var command in new[] { insert, update, record, merge, clear })
        {
            command.Transaction = transaction;
        }
    }

    public void Insert(string incidentId, ImportedEvent imported, string? duplicateOf) => Stage("insert", incidentId, imported, duplicateOf, null);

    public void Update(string incidentId, ImportedEvent imported, string? duplicateOf, KnownEvent before) => Stage("update", incidentId, imported, duplicateOf, before);

    /// <summary>More actors of an event this run already wrote (a monadic file whose rows of one event are not together).</summary>
    public void AddActors(string incidentId, ImportedEvent imported) => Stage("actors", incidentId, imported, null, null);

    /// <summary>
    /// Copies the staged chunk into the fact tables, inside the caller's transaction; the stage keeps it until <see cref="Clear"/>.
    /// Returns whether anything was staged (and so changed).
    /// </summary>
    public bool Apply()
    {
        if (inserts > 0)
        {
            insert.ExecuteNonQuery();
        }

        if (updates > 0)
        {
            update.ExecuteNonQuery();
        }

        if (inserts + updates + merges > 0)
        {
            record.ExecuteNonQuery();
        }

        if (merges > 0)
        {
            merge.ExecuteNonQuery();
        }

        return inserts + updates + merges > 0;
    }

    public void Clear()
    {
        clear.ExecuteNonQuery();
        inserts = updates = merges = 0;
    }

    public void Dispose()
    {
        stage.Dispose();
        foreach (var command in new[] { insert, update, record, merge, clear })
        {
            command.Dispose();
        }
    }

    private SqliteCommand Command(SqliteConnection connection, string sql, string fileName, DateTimeOffset now)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@origin", ConflictDatasetNames.Origin(dataset));
        command.Parameters.AddWithValue("@at", IsoText.Timestamp(now));
        command.Parameters.AddWithValue("@by", $"import:{fileName}");
        command.Parameters.AddWithValue("@file", fileName);
        return command;
    }

    private void Stage(string op, string incidentId, ImportedEvent e, string? duplicateOf, KnownEvent? before)
    {
        var v = values;
        (v[0], v[1], v[2], v[3], v[4]) = (incidentId, op, ConflictDatasetNames.SourceId(dataset, e.EventId), ConflictDatasetNames.ExternalId(dataset, e.EventId), e.EventId);
        (v[5], v[6], v[7], v[8], v[9], v[10]) = (e.DateText, e.DatePrecision, e.CountryCode, e.Admin1, e.Place, e.PlaceFolded);
        (v[11], v[12], v[13], v[14], v[15]) = (e.Latitude, e.Longitude, e.CoordinatePrecision, e.Kind, e.Target);
        (v[16], v[17], v[18], v[19], v[20]) = (e.DeathsMilitary, e.DeathsCivilian, e.DeathsMilitants, e.DeathsMin, e.DeathsMax);
        (v[21], v[22], v[23], v[24], v[25], v[26]) = (e.Summary(), e.Description, duplicateOf, e.CitationTitle, e.CitationPublisher, e.CitationPublished);
        (v[27], v[28], v[29], v[30], v[31], v[32]) = (e.Revision, e.StoredHash(), e.EventType, e.SubEventType, e.DatePrecisionCode, e.GeoPrecisionCode);
        (v[33], v[34], v[35], v[36], v[37]) = (e.DeathsBest, e.Line, ActorsJson(e.Actors), before?.Revision, before?.StoredHash);
        stage.Execute(v);
        switch (op)
        {
            case "insert":
                inserts++;
                break;
            case "update":
                updates++;
                break;
            default:
                merges++;
                break;
        }
    }

    private string ActorsJson(List<ImportedActor> list) =>
        JsonSerializer.Serialize(list.Select(a => new[] { a.Name, a.ActorType, actors.Match(a.Name) }), ImportJsonContext.Default.IEnumerableStringArray);
}
