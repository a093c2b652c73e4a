using Dapper;
using Microsoft.Data.Sqlite;

namespace SahelBot.Facts.Writes;

/// <summary>Checks the groups an incident names: they exist, this server may see them, and they existed on the incident's date.</summary>
internal static class GroupLinks
{
    public static async Task CheckAsync(
        SqliteConnection connection, SqliteTransaction transaction, IEnumerable<string> ids, WriteActor actor, string incidentDate, string subject)
    {
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            var row = await connection.QuerySingleOrDefaultAsync<(string Id, string? Founded, long? GuildId, string? RetractedAt)?>(
                "SELECT id, founded, guild_id, retracted_at FROM groups WHERE id = @Id", new { Id = id }, transaction);
            if (row is not { } group || group.RetractedAt is not null || (group.GuildId is { } guild && (ulong)guild != actor.GuildId)
                || (actor.Publishes && group.GuildId is not null))
            {
                throw new FactWriteException(FactWriteError.UnknownGroup, subject, id);
            }

            if (group.Founded is { } founded && string.CompareOrdinal(founded[..Math.Min(founded.Length, incidentDate.Length)], incidentDate[..Math.Min(founded.Length, incidentDate.Length)]) > 0)
            {
                throw new FactWriteException(FactWriteError.GroupFoundedAfterIncident, subject, $"{id} {founded}");
            }
        }
    }

    public static async Task ReplaceAsync(SqliteConnection connection, SqliteTransaction transaction, string incidentId, string role, IReadOnlyList<string> ids)
    {
        await connection.ExecuteAsync(
            "DELETE FROM incident_groups WHERE incident_id = @Id AND role = @Role", new { Id = incidentId, Role = role }, transaction);
        await connection.ExecuteAsync(
            "INSERT INTO incident_groups (incident_id, group_id, role, ordinal) VALUES (@Id, @GroupId, @Role, @Ordinal)",
            ids.Distinct(StringComparer.Ordinal).Select((g, n) => new { Id = incidentId, GroupId = g, Role = role, Ordinal = n + 1 }),
            transaction);
    }
}
