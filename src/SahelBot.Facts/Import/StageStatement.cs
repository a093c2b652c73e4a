using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace SahelBot.Facts.Import;

/// <summary>
/// One INSERT prepared once on the connection's native handle and bound by position for every row: the
/// importer's per-event statements (staging an event, remembering it) cost no more. It runs inside whatever transaction the
/// connection has open (SQLite transactions belong to the connection) and is reset after each row, so a
/// commit never finds it in progress.
/// </summary>
internal sealed class StageStatement : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly sqlite3_stmt statement;

    public StageStatement(SqliteConnection connection, string sql)
    {
        this.connection = connection;
        Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out statement));
    }

    public void Execute(ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var index = i + 1;
            Check(values[i] switch
            {
                null => raw.sqlite3_bind_null(statement, index),
                // UTF-16 straight from the string: SQLite converts it, no UTF-8 copy is allocated per field.
                string text => raw.sqlite3_bind_text16(statement, index, text.AsSpan()),
                int number => raw.sqlite3_bind_int64(statement, index, number),
                long number => raw.sqlite3_bind_int64(statement, index, number),
                double number => raw.sqlite3_bind_double(statement, index, number),
                var other => throw new ArgumentException($"cannot bind a {other.GetType().Name}", nameof(values)),
            });
        }

        var step = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (step != raw.SQLITE_DONE)
        {
            Check(step);
        }
    }

    public void Dispose() => statement.Dispose();

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK && result != raw.SQLITE_DONE)
        {
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), result);
        }
    }
}
