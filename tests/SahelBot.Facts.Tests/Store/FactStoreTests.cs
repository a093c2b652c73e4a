using System.Security.Cryptography;
using Dapper;
using Microsoft.Data.Sqlite;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Store;

public sealed class FactStoreTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void OpenOrCreateMakesAWalFileAtTheLatestVersion()
    {
        var store = FactStore.OpenOrCreate(temp.File("new.db"));
        using var connection = store.OpenConnection();
        Assert.Equal("wal", connection.ExecuteScalar<string>("PRAGMA journal_mode"));
        Assert.Equal(FactStore.LatestSchemaVersion, store.SchemaVersion());
        Assert.True(FactStore.LatestSchemaVersion >= 2);
    }

    [Fact]
    public void ConnectionsEnforceForeignKeysAndWaitFiveSecondsWhenBusy()
    {
        var store = FactStore.OpenOrCreate(temp.File("fk.db"));
        using var connection = store.OpenConnection();
        Assert.Equal(1, connection.ExecuteScalar<long>("PRAGMA foreign_keys"));
        Assert.Equal(5000, connection.ExecuteScalar<long>("PRAGMA busy_timeout"));
        var ex = Assert.Throws<SqliteException>(() => connection.Execute(
            "INSERT INTO group_aliases (group_id, ordinal, alias, alias_folded) VALUES ('grp-404', 1, 'X', 'x')"));
        Assert.Equal(19, ex.SqliteErrorCode);
    }

    [Fact]
    public void ReadOnlyConnectionRefusesWrites()
    {
        var store = FactStore.OpenOrCreate(temp.File("ro.db"));
        using var connection = store.OpenReadOnlyConnection();
        var ex = Assert.Throws<SqliteException>(() => connection.Execute("DELETE FROM sources"));
        Assert.Equal(8, ex.SqliteErrorCode);
    }

    [Fact]
    public void OpenConnectionDoesNotCreateAMissingFile()
    {
        var path = temp.File("missing.db");
        Assert.Throws<SqliteException>(() => new FactStore(path).OpenConnection());
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task QueryingTheCommittedStoreLeavesItsBytesUnchanged()
    {
        var before = SHA256.HashData(await File.ReadAllBytesAsync(RepoPaths.CommittedDatabase));
        var store = new FactStore(RepoPaths.CommittedDatabase);
        using (var readOnly = store.OpenReadOnlyConnection())
        {
            Assert.Equal(109, readOnly.ExecuteScalar<long>("SELECT count(*) FROM incidents"));
        }

        using (var readWrite = store.OpenConnection())
        {
            Assert.Equal(21, readWrite.ExecuteScalar<long>("SELECT count(*) FROM groups"));
        }

        var stats = await new SahelBot.Facts.Queries.StatsQueries(store).GetAsync();
        Assert.Equal(109, stats.Incidents);
        var after = SHA256.HashData(await File.ReadAllBytesAsync(RepoPaths.CommittedDatabase));
        Assert.Equal(before, after);
    }

    [Fact]
    public void TheCommittedStoreIsInWalModeAtTheLatestVersion()
    {
        var header = new byte[20];
        using (var file = File.OpenRead(RepoPaths.CommittedDatabase))
        {
            file.ReadExactly(header);
        }

        // Bytes 18 and 19 of the header are the write/read format versions: 2 means WAL.
        Assert.Equal(2, header[18]);
        Assert.Equal(2, header[19]);
        Assert.Equal(FactStore.LatestSchemaVersion, new FactStore(RepoPaths.CommittedDatabase).SchemaVersion());
    }

    [Fact]
    public async Task WriteAsyncCommitsTheTransaction()
    {
        var store = FactStore.OpenOrCreate(temp.File("write.db"));
        await store.WriteAsync((connection, transaction) => connection.ExecuteAsync(
            "INSERT INTO sources (id, title, origin, created_at, created_by) VALUES ('src-900', 'T', 'moderator', '2025-01-01T00:00:00.0000000Z', '42')",
            transaction: transaction));
        using var check = store.OpenConnection();
        Assert.Equal(1, check.ExecuteScalar<long>("SELECT count(*) FROM sources WHERE id = 'src-900'"));
    }

    [Fact]
    public async Task WriteAsyncRollsBackWhenTheWriteFails()
    {
        var store = FactStore.OpenOrCreate(temp.File("rollback.db"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.WriteAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync(
                "INSERT INTO sources (id, title, origin, created_at, created_by) VALUES ('src-901', 'T', 'moderator', '2025-01-01T00:00:00.0000000Z', '42')",
                transaction: transaction);
            throw new InvalidOperationException("boom");
        }));
        using var check = store.OpenConnection();
        Assert.Equal(0, check.ExecuteScalar<long>("SELECT count(*) FROM sources"));
    }

    [Fact]
    public async Task WriteAsyncWaitsForAnotherWriterInsteadOfFailing()
    {
        var store = FactStore.OpenOrCreate(temp.File("busy.db"));
        var blocker = store.OpenConnection();
        var lockTransaction = blocker.BeginTransaction();
        blocker.Execute(
            "INSERT INTO sources (id, title, origin, created_at, created_by) VALUES ('src-902', 'first', 'moderator', '2025-01-01T00:00:00.0000000Z', '42')",
            transaction: lockTransaction);
        // On another thread: SQLite's busy handler blocks the thread that waits for the lock.
        var write = Task.Run(() => store.WriteAsync((connection, transaction) => connection.ExecuteAsync(
            "INSERT INTO sources (id, title, origin, created_at, created_by) VALUES ('src-903', 'second', 'moderator', '2025-01-01T00:00:00.0000000Z', '42')",
            transaction: transaction)));
        await Task.Delay(100);
        lockTransaction.Commit();
        blocker.Dispose();
        await write;
        using var check = store.OpenConnection();
        Assert.Equal(2, check.ExecuteScalar<long>("SELECT count(*) FROM sources"));
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(6, true)]
    [InlineData(19, false)]
    public void OnlyBusyAndLockedErrorsAreRetried(int code, bool retried)
    {
        Assert.Equal(retried, FactStore.IsBusy(new SqliteException("x", code)));
    }
}
