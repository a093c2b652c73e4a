using Dapper;
using Microsoft.Data.Sqlite;

namespace SahelBot.Facts.Writes;

/// <summary>Cites an address on a fact: reuses the source row with that exact address when the writer may, else creates one.</summary>
internal static class SourceLinker
{
    /// <summary>Returns the source id, or null when the fact already cited it and <paramref name="refuseIfCited"/> is false.</summary>
    public static async Task<string?> LinkAsync(
        SqliteConnection connection, SqliteTransaction transaction, FactKind kind, string factId, string url, WriteActor actor, string createdAt, bool refuseIfCited)
    {
        var (table, column) = kind switch
        {
            FactKind.Incident => ("incident_sources", "incident_id"),
            FactKind.Group => ("group_sources", "group_id"),
            _ => ("deployment_sources", "deployment_id"),
        };
        var scope = IncidentScope(actor);
        var sourceId = await connection.ExecuteScalarAsync<string?>(
            """
            SELECT id FROM sources WHERE url = @Url AND (guild_id IS NULL OR guild_id = @Guild)
            ORDER BY guild_id IS NOT NULL, id LIMIT 1
            """,
            new { Url = url, Guild = scope },
            transaction);
        if (sourceId is null)
        {
            sourceId = await FactIds.NextAsync(connection, transaction, "sources", "src-");
            await connection.ExecuteAsync(
                """
                INSERT INTO sources (id, url, title, publisher, published, origin, created_at, created_by, guild_id)
                VALUES (@Id, @Url, @Url, @Publisher, NULL, 'moderator', @CreatedAt, @CreatedBy, @Guild)
                """,
                new { Id = sourceId, Url = url, Publisher = new Uri(url).Host, CreatedAt = createdAt, CreatedBy = Actor(actor), Guild = scope },
                transaction);
        }

        // table and column come from the switch above.
        var cited = await connection.ExecuteScalarAsync<long>(
            $"SELECT count(*) FROM {table} WHERE {column} = @Fact AND source_id = @Source", new { Fact = factId, Source = sourceId }, transaction);
        if (cited > 0)
        {
            return refuseIfCited ? throw new FactWriteException(FactWriteError.SourceAlreadyCited, factId, url) : null;
        }

        await connection.ExecuteAsync(
            $"INSERT INTO {table} ({column}, source_id, ordinal) VALUES (@Fact, @Source, (SELECT COALESCE(max(ordinal), 0) + 1 FROM {table} WHERE {column} = @Fact))",
            new { Fact = factId, Source = sourceId },
            transaction);
        return sourceId;
    }

    public static string Actor(WriteActor actor) => actor.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static long? IncidentScope(WriteActor actor) => actor.Scope is { } guild ? checked((long)guild) : null;
}
