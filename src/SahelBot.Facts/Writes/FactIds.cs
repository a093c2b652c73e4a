using Dapper;
using Microsoft.Data.Sqlite;

namespace SahelBot.Facts.Writes;

/// <summary>Tells an entity from its id and hands out the next curated-style id (inc-110, grp-022, src-698).</summary>
public static class FactIds
{
    public static FactKind? KindOf(string? id) => Normalize(id) switch
    {
        var x when x.StartsWith("inc-", StringComparison.Ordinal) => FactKind.Incident,
        var x when x.StartsWith("grp-", StringComparison.Ordinal) => FactKind.Group,
        var x when x.StartsWith("dep-", StringComparison.Ordinal) => FactKind.Deployment,
        _ => null,
    };

    /// <summary>Ids are stored lower case; what people type is trimmed and lowered.</summary>
    public static string Normalize(string? id) => (id ?? "").Trim().ToLowerInvariant();

    internal static string Table(FactKind kind) => kind switch
    {
        FactKind.Incident => "incidents",
        FactKind.Group => "groups",
        _ => "deployments",
    };

    internal static string Entity(FactKind kind) => kind switch
    {
        FactKind.Incident => "incident",
        FactKind.Group => "group",
        _ => "deployment",
    };

    /// <summary>
    /// One more than the highest purely numeric id with this prefix, three digits at least. Importer ids
    /// (inc-acled-…) are not numeric and never collide.
    /// </summary>
    internal static async Task<string> NextAsync(SqliteConnection connection, SqliteTransaction transaction, string table, string prefix)
    {
        // table and prefix are constants of this assembly, never user text.
        var highest = await connection.ExecuteScalarAsync<long?>(
            $"""
            SELECT max(CAST(substr(id, {prefix.Length + 1}) AS INTEGER)) FROM {table}
            WHERE id LIKE '{prefix}%' AND substr(id, {prefix.Length + 1}) <> '' AND substr(id, {prefix.Length + 1}) NOT GLOB '*[^0-9]*'
            """,
            transaction: transaction);
        return $"{prefix}{(highest ?? 0) + 1:000}";
    }
}
