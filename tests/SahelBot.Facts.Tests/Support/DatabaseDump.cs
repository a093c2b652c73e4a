using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace SahelBot.Facts.Tests.Support;

/// <summary>
/// A canonical text dump of a store: the schema, then every row of every table (FTS content included,
/// its internal shadow tables not), rows sorted, values tagged with their SQLite type.
/// </summary>
public static class DatabaseDump
{
    public static string Of(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var dump = new StringBuilder();
        foreach (var sql in connection.Query<string>("SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master ORDER BY type, name"))
        {
            dump.AppendLine(sql);
        }

        var tables = connection.Query<string>(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_text_%' ORDER BY name").ToList();
        foreach (var table in tables)
        {
            dump.AppendLine(CultureInfo.InvariantCulture, $"## {table}");
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT rowid AS _rowid, * FROM \"{table}\"";
            if (table is not ("search_text" or "search_documents"))
            {
                command.CommandText = $"SELECT * FROM \"{table}\"";
            }

            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                var fields = new string[reader.FieldCount];
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    fields[i] = reader.IsDBNull(i) ? "NULL" : $"{reader.GetDataTypeName(i)}:{Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)}";
                }

                rows.Add(string.Join(" | ", fields));
            }

            rows.Sort(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                dump.AppendLine(row);
            }
        }

        return dump.ToString();
    }
}
