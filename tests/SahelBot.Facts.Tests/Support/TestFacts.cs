using Dapper;
using SahelBot.Facts.Search;

namespace SahelBot.Facts.Tests.Support;

/// <summary>Writes extra rows into a private store copy, the way a moderator command would.</summary>
public static class TestFacts
{
    public static Task AddIncidentAsync(
        FactStore store,
        string id,
        string date,
        string place,
        ulong? guildId = null,
        string country = "NE",
        string summary = "A test incident.",
        int? deaths = null,
        string? groupId = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WriteAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO incidents (id, date, date_precision, country_code, place, place_folded, kind, target,
                    deaths_min, summary, origin, created_at, created_by, guild_id)
                VALUES (@Id, @Date, 'day', @Country, @Place, @Folded, 'attack on military', 'military', @Deaths, @Summary,
                    'moderator', '2025-08-01T00:00:00.0000000Z', '111', @GuildId)
                """,
                new { Id = id, Date = date, Country = country, Place = place, Folded = TextNormalizer.Fold(place), Deaths = deaths, Summary = summary, GuildId = guildId },
                transaction);
            await connection.ExecuteAsync(
                "INSERT INTO incident_sources (incident_id, source_id, ordinal) VALUES (@Id, 'src-001', 1)", new { Id = id }, transaction);
            if (groupId is not null)
            {
                await connection.ExecuteAsync(
                    "INSERT INTO incident_groups (incident_id, group_id, role, ordinal) VALUES (@Id, @GroupId, 'perpetrator', 1)",
                    new { Id = id, GroupId = groupId },
                    transaction);
            }

            await SearchIndex.RefreshAsync(connection, transaction, SearchIndex.Incident, [id]);
        });
    }

    public static Task RetractAsync(FactStore store, string table, string id, string reason)
    {
        ArgumentNullException.ThrowIfNull(store);
        var sql = table switch
        {
            "incidents" => "UPDATE incidents SET retracted_at = @At, retracted_reason = @Reason, version = version + 1 WHERE id = @Id",
            "groups" => "UPDATE groups SET retracted_at = @At, retracted_reason = @Reason, version = version + 1 WHERE id = @Id",
            "deployments" => "UPDATE deployments SET retracted_at = @At, retracted_reason = @Reason, version = version + 1 WHERE id = @Id",
            _ => throw new ArgumentOutOfRangeException(nameof(table)),
        };
        return store.WriteAsync((connection, transaction) => connection.ExecuteAsync(
            sql, new { Id = id, Reason = reason, At = new DateTimeOffset(2025, 8, 2, 10, 0, 0, TimeSpan.Zero) }, transaction));
    }
}
