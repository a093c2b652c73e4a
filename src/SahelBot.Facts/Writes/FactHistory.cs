using Dapper;

namespace SahelBot.Facts.Writes;

/// <summary>Reads a fact's audit rows, oldest first, and whether the asking server may see the fact at all.</summary>
public sealed class FactHistory(FactStore store)
{
    public async Task<IReadOnlyList<AuditEntry>?> ListAsync(string id, ulong guildId, bool curator, CancellationToken cancellationToken = default)
    {
        var factId = FactIds.Normalize(id);
        var kind = FactIds.KindOf(factId);
        if (kind is null)
        {
            return null;
        }

        await using var connection = store.OpenConnection();
        // The table name comes from FactIds, never from user text. Curators may look at any server's facts (to adopt them).
        var visible = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT count(*) FROM {FactIds.Table(kind.Value)} WHERE id = @Id AND (guild_id IS NULL OR guild_id = @Guild OR @Curator = 1)",
            new { Id = factId, Guild = checked((long)guildId), Curator = curator ? 1 : 0 },
            cancellationToken: cancellationToken));
        if (visible == 0)
        {
            return null;
        }

        var rows = await connection.QueryAsync<(long Id, string At, string Actor, long? GuildId, string Action, string? Before, string? After, string? Reason)>(new CommandDefinition(
            """
            SELECT id, at, actor, guild_id, action, before_json, after_json, reason FROM audit_log
            WHERE entity = @Entity AND entity_id = @Id ORDER BY id
            """,
            new { Entity = FactIds.Entity(kind.Value), Id = factId },
            cancellationToken: cancellationToken));
        return rows.Select(r => new AuditEntry(r.Id, IsoText.ParseTimestamp(r.At), r.Actor, r.GuildId is { } g ? (ulong)g : null, r.Action, r.Before, r.After, r.Reason)).ToList();
    }
}
