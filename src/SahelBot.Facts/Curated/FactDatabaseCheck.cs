using Dapper;
using Microsoft.Data.Sqlite;

namespace SahelBot.Facts.Curated;

/// <summary>Read-only health check of a fact store: integrity, foreign keys, counts.</summary>
public static class FactDatabaseCheck
{
    public static async Task<CheckReport> RunAsync(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No fact store at {path}.", path);
        }

        var store = new FactStore(path);
        await using var connection = store.OpenReadOnlyConnection();
        var integrity = (await connection.QueryAsync<string>("PRAGMA integrity_check")).Where(r => r != "ok").ToList();
        var foreignKeys = (await connection.QueryAsync<(string Table, long? RowId, string Parent, long Key)>("PRAGMA foreign_key_check"))
            .Select(v => $"{v.Table} row {v.RowId} points at a missing {v.Parent} row (constraint {v.Key})")
            .ToList();
        var tables = await connection.QueryAsync<string>(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_text_%' ORDER BY name");
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            counts[table] = await CountAsync(connection, table);
        }

        var byCountry = await GroupCountAsync(connection, "SELECT country_code, count(*) FROM incidents GROUP BY country_code ORDER BY country_code");
        var byOrigin = await GroupCountAsync(connection, "SELECT origin, count(*) FROM incidents GROUP BY origin ORDER BY origin");
        var retracted = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM incidents WHERE retracted_at IS NOT NULL");
        var version = await connection.ExecuteScalarAsync<long?>("SELECT max(version) FROM schema_migrations");
        return new CheckReport(path, (int)(version ?? 0), integrity, foreignKeys, counts, byCountry, byOrigin, retracted);
    }

    private static async Task<long> CountAsync(SqliteConnection connection, string table)
    {
        // Table names come from sqlite_master of this file, not from a user; quoted as identifiers.
        var quoted = "\"" + table.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        return await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM {quoted}");
    }

    private static async Task<IReadOnlyDictionary<string, long>> GroupCountAsync(SqliteConnection connection, string sql)
    {
        var rows = await connection.QueryAsync<(string Key, long Count)>(sql);
        return new SortedDictionary<string, long>(rows.ToDictionary(r => r.Key, r => r.Count), StringComparer.Ordinal);
    }
}
