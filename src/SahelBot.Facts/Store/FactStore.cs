using Dapper;
using Microsoft.Data.Sqlite;

namespace SahelBot.Facts;

/// <summary>
/// The SQLite fact store: opens connections with the house settings, applies migrations and runs
/// write transactions with a short retry when another writer holds the lock.
/// </summary>
public sealed class FactStore(string databasePath)
{
    private const int BusyTimeoutMilliseconds = 5000;
    private const int MaxWriteAttempts = 4;

    public string DatabasePath { get; } = Path.GetFullPath(databasePath);

    /// <summary>Opens an existing store for reading and writing. Opening writes nothing to the file.</summary>
    public SqliteConnection OpenConnection() => Open(SqliteOpenMode.ReadWrite);

    /// <summary>Opens an existing store read-only (for the committed facts.db and query-only hosts).</summary>
    public SqliteConnection OpenReadOnlyConnection() => Open(SqliteOpenMode.ReadOnly);

    /// <summary>Creates the file when missing, switches it to WAL and applies every pending migration.</summary>
    public static FactStore OpenOrCreate(string path)
    {
        var store = new FactStore(path);
        var directory = Path.GetDirectoryName(store.DatabasePath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using (var connection = store.Open(SqliteOpenMode.ReadWriteCreate))
        {
            var mode = connection.ExecuteScalar<string>("PRAGMA journal_mode");
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                connection.ExecuteScalar<string>("PRAGMA journal_mode = WAL");
            }
        }

        store.Migrate();
        return store;
    }

    /// <summary>Applies every migration not yet recorded in schema_migrations, each in its own transaction.</summary>
    public void Migrate() => Migrate(int.MaxValue);

    /// <summary>Applies pending migrations up to and including <paramref name="upToVersion"/> (used by migration tests).</summary>
    public void Migrate(int upToVersion)
    {
        using var connection = OpenConnection();
        var applied = AppliedVersions(connection);
        var pending = MigrationScript.All.Where(m => m.Version <= upToVersion && !applied.Contains(m.Version)).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        if (!MigrationTableExists(connection))
        {
            connection.Execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)");
        }

        foreach (var migration in pending)
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(migration.Sql, transaction: transaction);
            connection.Execute(
                "INSERT INTO schema_migrations (version, name) VALUES (@Version, @Name)",
                new { migration.Version, migration.Name },
                transaction);
            transaction.Commit();
        }
    }

    /// <summary>The highest applied migration, 0 for an empty file.</summary>
    public int SchemaVersion()
    {
        using var connection = OpenReadOnlyConnection();
        var applied = AppliedVersions(connection);
        return applied.Count == 0 ? 0 : applied.Max();
    }

    /// <summary>The newest migration this build knows.</summary>
    public static int LatestSchemaVersion => MigrationScript.All[^1].Version;

    /// <summary>
    /// Runs <paramref name="write"/> in one IMMEDIATE transaction and commits it. SQLITE_BUSY/LOCKED
    /// after the busy timeout is retried a few times with a growing pause (as Sonarr does), so a
    /// moderator's edit survives a concurrent import. On a retry the delegate runs again from the start
    /// in a new transaction (the failed one was rolled back), so it must not keep state between runs.
    /// </summary>
    public async Task WriteAsync(Func<SqliteConnection, SqliteTransaction, Task> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = OpenConnection();
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                await write(connection, transaction);
                await transaction.CommitAsync(cancellationToken);
                return;
            }
            catch (SqliteException ex) when (IsBusy(ex) && attempt < MaxWriteAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Runs one read on a connection of its own on the thread pool. Microsoft.Data.Sqlite's async calls complete
    /// synchronously, so independent reads of one request only overlap when each is started this way.
    /// </summary>
    public Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        return Task.Run(
            async () =>
            {
                await using var connection = OpenConnection();
                return await read(connection);
            },
            cancellationToken);
    }

    internal static bool IsBusy(SqliteException ex) => ex.SqliteErrorCode is 5 or 6;

    internal SqliteConnection Open(SqliteOpenMode mode)
    {
        SqliteTypeHandlers.EnsureRegistered();
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = mode,
            ForeignKeys = true,
            // Pooled connections outlive Dispose and would keep pointing at a file the builder has since replaced.
            Pooling = false,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        // No memory map: connections are fresh (unpooled), and mapping and unmapping the file for each one cost more in
        // page faults than it saved in copies (measured on /trend and /map over 100k incidents).
        connection.Execute($"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}");
        return connection;
    }

    private static bool MigrationTableExists(SqliteConnection connection) =>
        connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'") > 0;

    private static HashSet<int> AppliedVersions(SqliteConnection connection) =>
        MigrationTableExists(connection)
            ? connection.Query<int>("SELECT version FROM schema_migrations").ToHashSet()
            : [];
}
