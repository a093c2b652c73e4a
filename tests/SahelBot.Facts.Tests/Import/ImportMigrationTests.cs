using Dapper;
using Microsoft.Data.Sqlite;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Import;

public sealed class ImportMigrationTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Migration0100KeepsExistingIncidentsCountedAndAddsTheImportTables()
    {
        var path = temp.File("v2.db");
        using (var create = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            create.Open();
            create.Execute("PRAGMA journal_mode = WAL");
        }

        var store = new FactStore(path);
        store.Migrate(99);
        using (var connection = store.OpenConnection())
        {
            connection.Execute(
                """
                INSERT INTO countries (code, iso3, name_en, name_fr, demonym_en, demonyms_fr, is_sahel, origin, created_at, created_by)
                VALUES ('NE', 'NER', 'Niger', 'Niger', 'Nigerien', '["nigérien"]', 1, 'curated', '2020-01-01T00:00:00.0000000Z', 'curated-data');
                INSERT INTO incidents (id, date, date_precision, country_code, place, place_folded, kind, summary, origin, created_at, created_by)
                VALUES ('inc-001', '2019-12-10', 'day', 'NE', 'Inates', 'inates', 'attack on military', 'Camp attacked.', 'curated',
                        '2020-01-01T00:00:00.0000000Z', 'curated-data');
                """);
        }

        store.Migrate(100);

        using var check = store.OpenConnection();
        Assert.Null(check.ExecuteScalar<string?>("SELECT duplicate_of FROM incidents WHERE id = 'inc-001'"));
        Assert.Equal(["inc-001"], check.Query<string>("SELECT id FROM counted_incidents"));
        Assert.Equal(0L, check.ExecuteScalar<long>("SELECT count(*) FROM incident_imports") + check.ExecuteScalar<long>("SELECT count(*) FROM incident_actors"));
    }
}
