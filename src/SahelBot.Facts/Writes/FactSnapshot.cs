using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;

namespace SahelBot.Facts.Writes;

/// <summary>
/// A fact as one JSON object (its columns, names, links and cited sources), taken before and after each write
/// for the audit row. The same shape for every action, so a history is a diff of consecutive snapshots.
/// </summary>
internal static class FactSnapshot
{
    public static async Task<JsonObject?> LoadAsync(SqliteConnection connection, SqliteTransaction transaction, FactKind kind, string id)
    {
        var sql = kind switch
        {
            FactKind.Incident => """
                SELECT id, date, date_precision, country_code, admin1, place, kind, target, deaths_military, deaths_civilian,
                       deaths_militants, deaths_min, deaths_max, injured, missing, summary, guild_id, retracted_at, retracted_reason, version
                FROM incidents WHERE id = @Id
                """,
            FactKind.Group => """
                SELECT id, name, affiliation, founded, summary, guild_id, retracted_at, retracted_reason, version FROM groups WHERE id = @Id
                """,
            _ => """
                SELECT id, name, kind, start, "end", summary, guild_id, retracted_at, retracted_reason, version FROM deployments WHERE id = @Id
                """,
        };
        await using var reader = await connection.ExecuteReaderAsync(sql, new { Id = id }, transaction);
        if (!await reader.ReadAsync())
        {
            return null;
        }

        var snapshot = new JsonObject();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            snapshot[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i) switch
            {
                long number => JsonValue.Create(number),
                double real => JsonValue.Create(real),
                var other => JsonValue.Create(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture)),
            };
        }

        await reader.DisposeAsync();
        switch (kind)
        {
            case FactKind.Incident:
                snapshot["place_aliases"] = await ListAsync(connection, transaction, "SELECT alias FROM incident_place_aliases WHERE incident_id = @Id ORDER BY ordinal", id);
                snapshot["perpetrators"] = await ListAsync(connection, transaction, "SELECT group_id FROM incident_groups WHERE incident_id = @Id AND role = 'perpetrator' ORDER BY ordinal", id);
                snapshot["claimants"] = await ListAsync(connection, transaction, "SELECT group_id FROM incident_groups WHERE incident_id = @Id AND role = 'claimant' ORDER BY ordinal", id);
                snapshot["sources"] = await SourcesAsync(connection, transaction, "incident_sources", "incident_id", id);
                break;
            case FactKind.Group:
                snapshot["aliases"] = await ListAsync(connection, transaction, "SELECT alias FROM group_aliases WHERE group_id = @Id ORDER BY ordinal", id);
                snapshot["countries"] = await ListAsync(connection, transaction, "SELECT country_code FROM group_countries WHERE group_id = @Id ORDER BY ordinal", id);
                snapshot["sources"] = await SourcesAsync(connection, transaction, "group_sources", "group_id", id);
                break;
            default:
                snapshot["strength"] = await ListAsync(
                    connection, transaction, "SELECT as_of || ': ' || troops FROM deployment_strength WHERE deployment_id = @Id ORDER BY ordinal", id);
                snapshot["sources"] = await SourcesAsync(connection, transaction, "deployment_sources", "deployment_id", id);
                break;
        }

        return snapshot;
    }

    private static async Task<JsonArray> ListAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, string id)
    {
        var values = await connection.QueryAsync<string>(sql, new { Id = id }, transaction);
        return new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
    }

    /// <summary>Each cited source as "src-123 https://…" (the id alone when the source has no address).</summary>
    private static Task<JsonArray> SourcesAsync(SqliteConnection connection, SqliteTransaction transaction, string table, string column, string id) =>
        // table and column are constants chosen by the caller above.
        ListAsync(connection, transaction, $"SELECT s.id || COALESCE(' ' || s.url, '') FROM {table} x JOIN sources s ON s.id = x.source_id WHERE x.{column} = @Id ORDER BY x.ordinal", id);
}
