using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace SahelBot.Facts.Import;

/// <summary>
/// Writes imported events with prepared statements reused for every row of every batch (SQLite keeps
/// them compiled), inside the caller's transaction. Each event becomes an incident, its citation a source
/// row linked through incident_sources, its actors incident_actors rows, plus its import record and an
/// audit row.
/// </summary>
internal sealed class ImportBatchWriter : IDisposable
{
    private readonly ConflictDataset dataset;
    private readonly string origin;
    private readonly string createdBy;
    private readonly string fileName;
    private readonly string importedAt;
    private readonly ActorMatcher actors;
    private readonly List<SqliteCommand> commands = [];
    private readonly SqliteCommand insertIncident;
    private readonly SqliteCommand updateIncident;
    private readonly SqliteCommand upsertSource;
    private readonly SqliteCommand linkSource;
    private readonly SqliteCommand upsertImport;
    private readonly SqliteCommand deleteActors;
    private readonly SqliteCommand insertActor;
    private readonly SqliteCommand refreshSummary;
    private readonly SqliteCommand insertAudit;

    public ImportBatchWriter(SqliteConnection connection, ConflictDataset dataset, string fileName, DateTimeOffset now, ActorMatcher actors)
    {
        this.dataset = dataset;
        this.fileName = fileName;
        this.actors = actors;
        origin = ConflictDatasetNames.Origin(dataset);
        createdBy = $"import:{fileName}";
        importedAt = IsoText.Timestamp(now);

        const string incidentColumns = """
            date = @date, date_precision = @date_precision, country_code = @country_code, admin1 = @admin1, place = @place,
            place_folded = @place_folded, latitude = @latitude, longitude = @longitude, coordinate_precision = @coordinate_precision,
            kind = @kind, target = @target, deaths_military = @deaths_military, deaths_civilian = @deaths_civilian,
            deaths_militants = @deaths_militants, deaths_min = @deaths_min, deaths_max = @deaths_max, summary = @summary,
            duplicate_of = @duplicate_of
            """;
        string[] incidentParameters =
        [
            "@id", "@date", "@date_precision", "@country_code", "@admin1", "@place", "@place_folded", "@latitude", "@longitude",
            "@coordinate_precision", "@kind", "@target", "@deaths_military", "@deaths_civilian", "@deaths_militants", "@deaths_min",
            "@deaths_max", "@summary", "@duplicate_of",
        ];
        insertIncident = Command(
            connection,
            """
            INSERT INTO incidents (id, date, date_precision, country_code, admin1, place, place_folded, latitude, longitude,
                coordinate_precision, kind, target, deaths_military, deaths_civilian, deaths_militants, deaths_min, deaths_max,
                summary, duplicate_of, external_id, origin, created_at, created_by, guild_id)
            VALUES (@id, @date, @date_precision, @country_code, @admin1, @place, @place_folded, @latitude, @longitude,
                @coordinate_precision, @kind, @target, @deaths_military, @deaths_civilian, @deaths_militants, @deaths_min, @deaths_max,
                @summary, @duplicate_of, @external_id, @origin, @created_at, @created_by, NULL)
            """,
            [.. incidentParameters, "@external_id", "@origin", "@created_at", "@created_by"]);
        updateIncident = Command(connection, $"UPDATE incidents SET {incidentColumns}, version = version + 1 WHERE id = @id", incidentParameters);
        upsertSource = Command(
            connection,
            """
            INSERT INTO sources (id, url, title, publisher, published, origin, created_at, created_by, guild_id)
            VALUES (@id, NULL, @title, @publisher, @published, @origin, @created_at, @created_by, NULL)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, publisher = excluded.publisher, published = excluded.published
            """,
            ["@id", "@title", "@publisher", "@published", "@origin", "@created_at", "@created_by"]);
        linkSource = Command(
            connection,
            "INSERT OR IGNORE INTO incident_sources (incident_id, source_id, ordinal) VALUES (@incident_id, @source_id, 1)",
            ["@incident_id", "@source_id"]);
        upsertImport = Command(
            connection,
            """
            INSERT INTO incident_imports (incident_id, dataset, event_id, revision, content_hash, event_type, sub_event_type,
                date_precision_code, geo_precision_code, deaths_best, file_name, line, imported_at)
            VALUES (@incident_id, @dataset, @event_id, @revision, @content_hash, @event_type, @sub_event_type,
                @date_precision_code, @geo_precision_code, @deaths_best, @file_name, @line, @imported_at)
            ON CONFLICT (incident_id) DO UPDATE SET revision = excluded.revision, content_hash = excluded.content_hash,
                event_type = excluded.event_type, sub_event_type = excluded.sub_event_type,
                date_precision_code = excluded.date_precision_code, geo_precision_code = excluded.geo_precision_code,
                deaths_best = excluded.deaths_best, file_name = excluded.file_name, line = excluded.line, imported_at = excluded.imported_at
            """,
            ["@incident_id", "@dataset", "@event_id", "@revision", "@content_hash", "@event_type", "@sub_event_type",
             "@date_precision_code", "@geo_precision_code", "@deaths_best", "@file_name", "@line", "@imported_at"]);
        deleteActors = Command(connection, "DELETE FROM incident_actors WHERE incident_id = @incident_id", ["@incident_id"]);
        insertActor = Command(
            connection,
            """
            INSERT OR IGNORE INTO incident_actors (incident_id, name, ordinal, actor_type, group_id)
            VALUES (@incident_id, @name, (SELECT COALESCE(max(ordinal), 0) + 1 FROM incident_actors WHERE incident_id = @incident_id), @actor_type, @group_id)
            """,
            ["@incident_id", "@name", "@actor_type", "@group_id"]);
        refreshSummary = Command(
            connection,
            $"""
            UPDATE incidents SET summary = @description || char(10) || '{ImportedSummary.InvolvingLabel}'
                || (SELECT group_concat(name, '; ') FROM (SELECT name FROM incident_actors WHERE incident_id = @incident_id ORDER BY ordinal)) || '.'
            WHERE id = @incident_id
            """,
            ["@incident_id", "@description"]);
        insertAudit = Command(
            connection,
            """
            INSERT INTO audit_log (at, actor, guild_id, action, entity, entity_id, before_json, after_json, reason)
            VALUES (@at, @actor, NULL, @action, 'incident', @entity_id, @before_json, @after_json, @reason)
            """,
            ["@at", "@actor", "@action", "@entity_id", "@before_json", "@after_json", "@reason"]);
    }

    public void Begin(SqliteTransaction transaction)
    {
        foreach (var command in commands)
        {
            command.Transaction = transaction;
        }
    }

    public void Insert(string incidentId, ImportedEvent imported, string? duplicateOf)
    {
        SetIncident(insertIncident, incidentId, imported, duplicateOf);
        Set(insertIncident, "@external_id", ConflictDatasetNames.ExternalId(dataset, imported.EventId));
        Set(insertIncident, "@origin", origin);
        Set(insertIncident, "@created_at", importedAt);
        Set(insertIncident, "@created_by", createdBy);
        insertIncident.ExecuteNonQuery();
        WriteCitation(incidentId, imported);
        WriteImport(incidentId, imported);
        WriteActors(incidentId, imported.Actors);
        Audit("import", incidentId, null, imported);
    }

    public void Update(string incidentId, ImportedEvent imported, string? duplicateOf, KnownEvent before)
    {
        SetIncident(updateIncident, incidentId, imported, duplicateOf);
        updateIncident.ExecuteNonQuery();
        WriteCitation(incidentId, imported);
        WriteImport(incidentId, imported);
        Set(deleteActors, "@incident_id", incidentId);
        deleteActors.ExecuteNonQuery();
        WriteActors(incidentId, imported.Actors);
        Audit("import-update", incidentId, before, imported);
    }

    /// <summary>More actors of an event this run already wrote (a monadic file whose rows of one event are not together).</summary>
    public void AddActors(string incidentId, ImportedEvent imported)
    {
        WriteActors(incidentId, imported.Actors);
        Set(refreshSummary, "@incident_id", incidentId);
        Set(refreshSummary, "@description", imported.Description);
        refreshSummary.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in commands)
        {
            command.Dispose();
        }
    }

    private void SetIncident(SqliteCommand command, string incidentId, ImportedEvent imported, string? duplicateOf)
    {
        Set(command, "@id", incidentId);
        Set(command, "@date", IsoText.Date(imported.Date));
        Set(command, "@date_precision", imported.DatePrecision);
        Set(command, "@country_code", imported.CountryCode);
        Set(command, "@admin1", imported.Admin1);
        Set(command, "@place", imported.Place);
        Set(command, "@place_folded", TextNormalizer.Fold(imported.Place));
        Set(command, "@latitude", imported.Latitude);
        Set(command, "@longitude", imported.Longitude);
        Set(command, "@coordinate_precision", imported.CoordinatePrecision);
        Set(command, "@kind", imported.Kind);
        Set(command, "@target", imported.Target);
        Set(command, "@deaths_military", imported.DeathsMilitary);
        Set(command, "@deaths_civilian", imported.DeathsCivilian);
        Set(command, "@deaths_militants", imported.DeathsMilitants);
        Set(command, "@deaths_min", imported.DeathsMin);
        Set(command, "@deaths_max", imported.DeathsMax);
        Set(command, "@summary", imported.Summary());
        Set(command, "@duplicate_of", duplicateOf);
    }

    private void WriteCitation(string incidentId, ImportedEvent imported)
    {
        var sourceId = ConflictDatasetNames.SourceId(dataset, imported.EventId);
        Set(upsertSource, "@id", sourceId);
        Set(upsertSource, "@title", imported.CitationTitle);
        Set(upsertSource, "@publisher", imported.CitationPublisher);
        Set(upsertSource, "@published", imported.CitationPublished);
        Set(upsertSource, "@origin", origin);
        Set(upsertSource, "@created_at", importedAt);
        Set(upsertSource, "@created_by", createdBy);
        upsertSource.ExecuteNonQuery();
        Set(linkSource, "@incident_id", incidentId);
        Set(linkSource, "@source_id", sourceId);
        linkSource.ExecuteNonQuery();
    }

    private void WriteImport(string incidentId, ImportedEvent imported)
    {
        Set(upsertImport, "@incident_id", incidentId);
        Set(upsertImport, "@dataset", origin);
        Set(upsertImport, "@event_id", imported.EventId);
        Set(upsertImport, "@revision", imported.Revision);
        Set(upsertImport, "@content_hash", imported.StoredHash());
        Set(upsertImport, "@event_type", imported.EventType);
        Set(upsertImport, "@sub_event_type", imported.SubEventType);
        Set(upsertImport, "@date_precision_code", imported.DatePrecisionCode);
        Set(upsertImport, "@geo_precision_code", imported.GeoPrecisionCode);
        Set(upsertImport, "@deaths_best", imported.DeathsBest);
        Set(upsertImport, "@file_name", fileName);
        Set(upsertImport, "@line", imported.Line);
        Set(upsertImport, "@imported_at", importedAt);
        upsertImport.ExecuteNonQuery();
    }

    private void WriteActors(string incidentId, IReadOnlyList<ImportedActor> list)
    {
        foreach (var actor in list)
        {
            Set(insertActor, "@incident_id", incidentId);
            Set(insertActor, "@name", actor.Name);
            Set(insertActor, "@actor_type", actor.ActorType);
            Set(insertActor, "@group_id", actors.Match(actor.Name));
            insertActor.ExecuteNonQuery();
        }
    }

    private void Audit(string action, string incidentId, KnownEvent? before, ImportedEvent imported)
    {
        Set(insertAudit, "@at", importedAt);
        Set(insertAudit, "@actor", createdBy);
        Set(insertAudit, "@action", action);
        Set(insertAudit, "@entity_id", incidentId);
        Set(insertAudit, "@before_json", before is { } b ? JsonSerializer.Serialize(new AuditRevision(b.Revision, b.StoredHash, null)) : null);
        Set(insertAudit, "@after_json", JsonSerializer.Serialize(new AuditRevision(imported.Revision, imported.StoredHash(), imported.Line)));
        Set(insertAudit, "@reason", $"{origin} event {imported.EventId} from {fileName}");
        insertAudit.ExecuteNonQuery();
    }

    private SqliteCommand Command(SqliteConnection connection, string sql, string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        commands.Add(command);
        return command;
    }

    private static void Set(SqliteCommand command, string name, object? value) =>
        command.Parameters[name].Value = value switch
        {
            null => DBNull.Value,
            double d => d,
            int i => i,
            long l => l,
            _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        };
}
