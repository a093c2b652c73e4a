using Dapper;
using Microsoft.Data.Sqlite;

namespace SahelBot.Facts.Subscriptions;

/// <summary>
/// Queues a new incident for every channel whose subscription it matches. Every path that stores news (a
/// moderator's addition, an import) calls it inside the transaction that stores the incident, after the
/// incident's groups and actors are written, so the incident and its deliveries commit or roll back together.
/// The curated build never calls it: rebuilding facts.db is not news.
/// </summary>
public static class DeliveryPlanner
{
    private const string PlanSql = $"""
        INSERT OR IGNORE INTO deliveries (incident_id, channel_id, subscription_id, state, attempts, next_attempt_at, created_at)
        SELECT i.id, s.channel_id, s.id, 'pending', 0, NULL, {SubscriptionMatchSql.Now}
        FROM incidents i
        JOIN subscriptions s ON s.state = 'active' AND s.starts_after < i.rowid
        WHERE i.id = @IncidentId
          AND {SubscriptionMatchSql.Matches}
        """;

    /// <summary>Inserts one pending delivery per matching active subscription that started before this incident (none twice).</summary>
    public static Task PlanForIncidentAsync(SqliteConnection connection, SqliteTransaction transaction, string incidentId) =>
        PlanAsync(connection, transaction, incidentId);

    /// <summary>As <see cref="PlanForIncidentAsync"/> for each incident of a batch; returns how many deliveries were queued.</summary>
    public static async Task<int> PlanForIncidentsAsync(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<string> incidentIds)
    {
        ArgumentNullException.ThrowIfNull(incidentIds);
        if (!await HasActiveSubscriptionsAsync(connection, transaction))
        {
            return 0;
        }

        var queued = 0;
        foreach (var id in incidentIds)
        {
            queued += await PlanAsync(connection, transaction, id);
        }

        return queued;
    }

    private static async Task<int> PlanAsync(SqliteConnection connection, SqliteTransaction transaction, string incidentId)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrEmpty(incidentId);
        return await connection.ExecuteAsync(PlanSql, new { IncidentId = incidentId }, transaction);
    }

    private static async Task<bool> HasActiveSubscriptionsAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return await connection.ExecuteScalarAsync<long>("SELECT EXISTS (SELECT 1 FROM subscriptions WHERE state = 'active')", transaction: transaction) == 1;
    }
}
