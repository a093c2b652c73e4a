using Dapper;
using Microsoft.Data.Sqlite;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Store;

/// <summary>Each migration is applied to a store at the previous version holding real rows, then the rows are checked.</summary>
public sealed class MigrationTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Migration0001CreatesTheFactTablesOnAnEmptyFile()
    {
        var store = CreateAt(0);
        store.Migrate(1);
        using var connection = store.OpenConnection();
        var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table'").ToHashSet();
        Assert.Equal(1, store.SchemaVersion());
        Assert.Superset(
            new HashSet<string>
            {
                "countries", "country_aliases", "sources", "incidents", "incident_place_aliases", "incident_sources", "incident_groups",
                "groups", "group_aliases", "group_countries", "group_leaders", "group_sources", "deployments",
                "deployment_contributors", "deployment_hosts", "deployment_strength", "deployment_sources", "audit_log",
            },
            tables);
        Assert.DoesNotContain("search_text", tables);
    }

    [Fact]
    public void Migration0002IndexesTheRowsAlreadyInAVersion1Store()
    {
        var store = CreateAt(1);
        using (var connection = store.OpenConnection())
        {
            InsertInatesAt0001(connection);
        }

        store.Migrate(2);

        using var check = store.OpenConnection();
        Assert.Equal(2, store.SchemaVersion());
        Assert.Equal(71, check.ExecuteScalar<long>("SELECT deaths_military FROM incidents WHERE id = 'inc-001'"));
        Assert.Equal("In Ates", check.ExecuteScalar<string>("SELECT alias FROM incident_place_aliases WHERE incident_id = 'inc-001'"));
        var byAlias = check.Query<string>(
            "SELECT d.entity_id FROM search_text JOIN search_documents d ON d.doc_id = search_text.rowid WHERE search_text MATCH '\"ates\"'");
        var byGroupAlias = check.Query<string>(
            "SELECT d.entity_id FROM search_text JOIN search_documents d ON d.doc_id = search_text.rowid WHERE search_text MATCH '\"isgs\"'");
        var byFrenchCountry = check.Query<string>(
            "SELECT d.entity_id FROM search_text JOIN search_documents d ON d.doc_id = search_text.rowid WHERE search_text MATCH '\"tchad\" OR \"niger\"'");
        Assert.Equal(["inc-001"], byAlias);
        Assert.Equal(["grp-002", "inc-001"], byGroupAlias.Order());
        Assert.Contains("inc-001", byFrenchCountry);
    }

    [Fact]
    public void Migration0003KeepsTheRowsAndListsThemThroughTheNewIndexes()
    {
        var store = CreateAt(2);
        using (var connection = store.OpenConnection())
        {
            InsertInatesAt0001(connection);
        }

        store.Migrate(3);

        using var check = store.OpenConnection();
        Assert.Equal(3, store.SchemaVersion());
        var plan = string.Join(" ", check.Query<(long Id, long Parent, long NotUsed, string Detail)>(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM incidents i WHERE i.country_code = 'NE' AND i.guild_id IS NULL AND i.retracted_at IS NULL")
            .Select(r => r.Detail));
        Assert.Contains("COVERING INDEX ix_incidents_country_date", plan, StringComparison.Ordinal);
        Assert.Equal(1, check.ExecuteScalar<long>("SELECT count(*) FROM incidents WHERE country_code = 'NE' AND COALESCE(deaths_max, deaths_min) >= 71"));
        Assert.Equal("inc-001", check.ExecuteScalar<string>("SELECT id FROM incidents ORDER BY date DESC, id LIMIT 1"));
    }

    [Fact]
    public void Migration0150KeepsCountedListsIndexOnly()
    {
        var store = CreateAt(100);
        using (var connection = store.OpenConnection())
        {
            InsertInatesAt0001(connection);
        }

        store.Migrate(150);

        using var check = store.OpenConnection();
        Assert.Equal(150, store.SchemaVersion());
        var plan = string.Join(" ", check.Query<(long Id, long Parent, long NotUsed, string Detail)>(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM incidents i WHERE i.country_code = 'NE' AND i.guild_id IS NULL AND i.retracted_at IS NULL AND i.duplicate_of IS NULL")
            .Select(r => r.Detail));
        Assert.Contains("COVERING INDEX ix_incidents_country_date", plan, StringComparison.Ordinal);
        Assert.Equal(1, check.ExecuteScalar<long>("SELECT count(*) FROM incidents WHERE duplicate_of IS NULL AND COALESCE(deaths_max, deaths_min) >= 71"));
    }

    [Fact]
    public void Migration0151KeepsTheRowsAndIndexesTheToll()
    {
        var store = CreateAt(150);
        using (var connection = store.OpenConnection())
        {
            InsertInatesAt0001(connection);
        }

        store.Migrate(151);

        using var check = store.OpenConnection();
        Assert.Equal(151, store.SchemaVersion());
        var columns = check.Query<(long SeqNo, long Cid, string? Name)>("PRAGMA index_info('ix_incidents_country_date')").ToList();
        Assert.Equal(7, columns.Count);
        Assert.Equal(-2, columns[^1].Cid);
        Assert.Equal(1, check.ExecuteScalar<long>(
            "SELECT count(*) FROM incidents WHERE country_code = 'NE' AND duplicate_of IS NULL AND COALESCE(deaths_max, deaths_min) >= 71"));
    }

    [Fact]
    public void Migration0152CollectsExistingPlaceNamesAndTracksNewOnes()
    {
        var store = CreateAt(151);
        using (var connection = store.OpenConnection())
        {
            InsertInatesAt0001(connection);
        }

        store.Migrate(152);

        using var check = store.OpenConnection();
        Assert.Equal(152, store.SchemaVersion());
        Assert.Equal(["in ates", "inates"], check.Query<string>("SELECT folded FROM place_names ORDER BY folded"));
        check.Execute("""
            INSERT INTO incidents (id, date, date_precision, country_code, place, place_folded, kind, summary, origin, created_at, created_by)
            VALUES ('inc-002', '2019-12-09', 'day', 'NE', 'Agando', 'agando', 'ambush', 'Ambush.', 'moderator', '2025-08-01T00:00:00.0000000Z', '42');
            INSERT INTO incident_place_aliases (incident_id, ordinal, alias, alias_folded) VALUES ('inc-002', 1, 'Agando (Tahoua)', 'agando tahoua');
            UPDATE incidents SET place = 'Inatès camp', place_folded = 'inates camp' WHERE id = 'inc-001';
            """);
        Assert.Equal(["agando", "agando tahoua", "in ates", "inates", "inates camp"], check.Query<string>("SELECT folded FROM place_names ORDER BY folded"));
    }

    [Fact]
    public void Migration0400AnswersOriginsAndLeadGroupsFromIndexes()
    {
        var store = CreateAt(200);
        using (var connection = store.OpenConnection())
        {
            InsertInatesAt0001(connection);
        }

        store.Migrate(400);

        using var check = store.OpenConnection();
        Assert.Equal(400, store.SchemaVersion());
        string Plan(string sql) => string.Join(" ", check.Query<(long Id, long Parent, long NotUsed, string Detail)>("EXPLAIN QUERY PLAN " + sql).Select(r => r.Detail));
        Assert.Contains("COVERING INDEX ix_incidents_country_date", Plan(
            "SELECT i.origin, count(*) FROM incidents i WHERE i.country_code = 'NE' AND i.guild_id IS NULL AND i.retracted_at IS NULL AND i.duplicate_of IS NULL GROUP BY i.origin"), StringComparison.Ordinal);
        Assert.Contains("COVERING INDEX ix_incident_groups_lead", Plan(
            "SELECT ig.group_id FROM incident_groups ig WHERE ig.incident_id = 'inc-001' ORDER BY ig.role DESC, ig.ordinal LIMIT 1"), StringComparison.Ordinal);
        Assert.Equal(("curated", "grp-002"), check.QuerySingle<(string, string)>(
            "SELECT i.origin, ig.group_id FROM incidents i JOIN incident_groups ig ON ig.incident_id = i.id WHERE i.country_code = 'NE'"));
    }

    [Fact]
    public void Migration0401ListsPlaceAliasesFromAnIndex()
    {
        var store = CreateAt(400);
        using (var connection = store.OpenConnection())
        {
            InsertInatesAt0001(connection);
        }

        store.Migrate(401);

        using var check = store.OpenConnection();
        Assert.Equal(401, store.SchemaVersion());
        var plan = string.Join(" ", check.Query<(long Id, long Parent, long NotUsed, string Detail)>(
            "EXPLAIN QUERY PLAN SELECT alias FROM incident_place_aliases WHERE incident_id = 'inc-001' ORDER BY ordinal").Select(r => r.Detail));
        Assert.Contains("COVERING INDEX ix_incident_place_aliases_list", plan, StringComparison.Ordinal);
        Assert.Equal(["In Ates"], check.Query<string>("SELECT alias FROM incident_place_aliases WHERE incident_id = 'inc-001' ORDER BY ordinal"));
    }

    [Fact]
    public void MigratingTwiceChangesNothing()
    {
        var path = temp.File("twice.db");
        var store = FactStore.OpenOrCreate(path);
        var schemaBefore = SchemaOf(store);
        var bytesBefore = File.ReadAllBytes(path);

        store.Migrate();
        FactStore.OpenOrCreate(path);

        Assert.Equal(schemaBefore, SchemaOf(store));
        Assert.Equal(bytesBefore, File.ReadAllBytes(path));
        using var connection = store.OpenConnection();
        Assert.Equal(
            MigrationScript.All.Select(m => (long)m.Version),
            connection.Query<long>("SELECT version FROM schema_migrations ORDER BY version"));
    }

    [Fact]
    public void AFailingMigrationLeavesNoHalfAppliedSchema()
    {
        var store = CreateAt(1);
        using (var connection = store.OpenConnection())
        {
            // A table named like one 0002 creates makes 0002 fail part-way.
            connection.Execute("CREATE TABLE search_documents (x INTEGER)");
        }

        Assert.Throws<SqliteException>(() => store.Migrate());
        Assert.Equal(1, store.SchemaVersion());
        using var check = store.OpenConnection();
        Assert.Equal(0, check.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE name = 'search_text'"));
    }

    private FactStore CreateAt(int version)
    {
        var path = temp.File($"v{version}-{Guid.NewGuid():N}.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            connection.Execute("PRAGMA journal_mode = WAL");
        }

        var store = new FactStore(path);
        store.Migrate(version);
        return store;
    }

    private static string SchemaOf(FactStore store)
    {
        using var connection = store.OpenConnection();
        return string.Join("\n", connection.Query<string>("SELECT COALESCE(sql, name) FROM sqlite_master ORDER BY name"));
    }

    private static void InsertInatesAt0001(SqliteConnection connection)
    {
        connection.Execute("""
            INSERT INTO countries (code, iso3, name_en, name_fr, demonym_en, demonyms_fr, is_sahel, origin, created_at, created_by)
            VALUES ('NE', 'NER', 'Niger', 'Niger', 'Nigerien', '["nigérien","nigérienne"]', 1, 'curated', '2025-07-02T00:00:00.0000000Z', 'curated-data');
            INSERT INTO sources (id, url, title, publisher, published, origin, created_at, created_by)
            VALUES ('src-001', NULL, 'Niger army base attack leaves at least 71 soldiers dead', 'BBC News', NULL, 'curated', '2025-07-02T00:00:00.0000000Z', 'curated-data');
            INSERT INTO groups (id, name, name_folded, affiliation, founded, summary, origin, created_at, created_by)
            VALUES ('grp-002', 'Islamic State in the Greater Sahara', 'islamic state in the greater sahara', 'Islamic State', '2015', 'IS affiliate.', 'curated', '2025-07-02T00:00:00.0000000Z', 'curated-data');
            INSERT INTO group_aliases (group_id, ordinal, alias, alias_folded) VALUES ('grp-002', 1, 'ISGS', 'isgs');
            INSERT INTO incidents (id, date, date_precision, country_code, admin1, place, place_folded, kind, target,
                deaths_military, deaths_min, injured, missing, summary, origin, created_at, created_by)
            VALUES ('inc-001', '2019-12-10', 'day', 'NE', 'Tillabéri', 'Inates', 'inates', 'attack on military', 'military',
                71, 71, 12, 30, 'Militants assaulted the army camp at Inates.', 'curated', '2025-07-02T00:00:00.0000000Z', 'curated-data');
            INSERT INTO incident_place_aliases (incident_id, ordinal, alias, alias_folded) VALUES ('inc-001', 1, 'In Ates', 'in ates');
            INSERT INTO incident_sources (incident_id, source_id, ordinal) VALUES ('inc-001', 'src-001', 1);
            INSERT INTO incident_groups (incident_id, group_id, role, ordinal) VALUES ('inc-001', 'grp-002', 'perpetrator', 1);
            """);
    }
}
