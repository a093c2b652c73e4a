using Microsoft.Data.Sqlite;
using SahelBot.Facts.Subscriptions;

namespace SahelBot.Facts.Writes;

/// <summary>
/// The single place a newly stored (or newly published) incident is announced to other features, inside the
/// transaction that stores it, once its groups and sources are written.
/// </summary>
public static class NewIncidentHooks
{
    /// <summary>Plans channel deliveries (issue 6) so the incident and its deliveries commit or roll back together.</summary>
    public static Task OnIncidentStoredAsync(SqliteConnection connection, SqliteTransaction transaction, string incidentId) =>
        DeliveryPlanner.PlanForIncidentAsync(connection, transaction, incidentId);
}
