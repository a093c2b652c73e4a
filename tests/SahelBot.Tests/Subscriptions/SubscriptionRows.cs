using Dapper;
using Microsoft.Data.Sqlite;

namespace SahelBot.Tests.Subscriptions;

/// <summary>Reads the store behind the bot under test, to check what a command wrote (or did not).</summary>
public static class SubscriptionRows
{
    public static T Scalar<T>(string databasePath, string sql, object? parameters = null)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection.ExecuteScalar<T>(sql, parameters)!;
    }

    public static long Count(string databasePath, string table) => Scalar<long>(databasePath, $"SELECT count(*) FROM {table}");

    public static long SubscriptionAudits(string databasePath) => Scalar<long>(databasePath, "SELECT count(*) FROM audit_log WHERE entity = 'subscription'");
}
