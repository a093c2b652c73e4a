using Microsoft.Data.Sqlite;

namespace SahelBot.Facts.Writes;

/// <summary>
/// The single place a newly stored (or newly published) incident is announced to other features, inside the
/// transaction that stores it. Subscriptions (issue 6) plan their deliveries here.
/// </summary>
public static class NewIncidentHooks
{
    public static Task OnIncidentStoredAsync(SqliteConnection connection, SqliteTransaction transaction, string incidentId)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentException.ThrowIfNullOrEmpty(incidentId);

        // Issue 6 will provide SahelBot.Facts.Subscriptions.DeliveryPlanner.PlanForIncidentAsync(connection,
        // transaction, incidentId); it does not exist yet, so nothing is planned. Call it here once it does,
        // and the incident and its deliveries will commit (or roll back) together.
        return Task.CompletedTask;
    }
}
