using Dapper;
using Microsoft.Data.Sqlite;

namespace SahelBot.Facts.Search;

/// <summary>
/// Keeps the FTS5 index (search_documents + search_text) in step with the entity tables. Writers call it
/// explicitly, inside their own transaction, once an entity and all its child rows are written: a
/// document spans six tables, so triggers would re-index an incident once per alias, group and source
/// row during a build. The statements are fixed SQL over a temp table of ids; no text is spliced in.
/// Anything that adds or changes an incident, group or deployment (moderation, importers) calls
/// <see cref="RefreshAsync"/> in the same transaction.
/// </summary>
public static class SearchIndex
{
    public const string Incident = "incident";
    public const string Group = "group";
    public const string Deployment = "deployment";

    private const string PrepareSql = """
        CREATE TEMP TABLE IF NOT EXISTS search_refresh (kind TEXT NOT NULL, entity_id TEXT NOT NULL, PRIMARY KEY (kind, entity_id));
        DELETE FROM temp.search_refresh;
        """;

    private const string RefreshSql = """
        INSERT OR IGNORE INTO search_documents (kind, entity_id)
        SELECT kind, entity_id FROM temp.search_refresh ORDER BY kind, entity_id;

        DELETE FROM search_text WHERE rowid IN (
          SELECT d.doc_id FROM search_documents d JOIN temp.search_refresh r ON r.kind = d.kind AND r.entity_id = d.entity_id);

        INSERT INTO search_text (rowid, title, names, context, body)
        SELECT d.doc_id,
               i.place,
               trim(COALESCE((SELECT group_concat(a.alias, ' ') FROM incident_place_aliases a WHERE a.incident_id = i.id), '')
                    || ' ' || COALESCE(i.admin1, '')),
               i.kind || ' ' || COALESCE(i.target, '') || ' ' || c.name_en || ' ' || c.name_fr || ' ' || substr(i.date, 1, 4)
                    || ' ' || COALESCE((SELECT group_concat(g.name || ' ' || COALESCE((SELECT group_concat(ga.alias, ' ') FROM group_aliases ga WHERE ga.group_id = g.id), ''), ' ')
                                        FROM incident_groups ig JOIN groups g ON g.id = ig.group_id WHERE ig.incident_id = i.id), ''),
               i.summary
        FROM temp.search_refresh r
        JOIN search_documents d ON d.kind = r.kind AND d.entity_id = r.entity_id
        JOIN incidents i ON i.id = r.entity_id
        JOIN countries c ON c.code = i.country_code
        WHERE r.kind = 'incident';

        INSERT INTO search_text (rowid, title, names, context, body)
        SELECT d.doc_id,
               g.name,
               COALESCE((SELECT group_concat(ga.alias, ' ') FROM group_aliases ga WHERE ga.group_id = g.id), ''),
               COALESCE(g.affiliation, '') || ' ' || COALESCE((SELECT group_concat(c.name_en || ' ' || c.name_fr, ' ')
                                                              FROM group_countries gc JOIN countries c ON c.code = gc.country_code WHERE gc.group_id = g.id), ''),
               COALESCE(g.summary, '')
        FROM temp.search_refresh r
        JOIN search_documents d ON d.kind = r.kind AND d.entity_id = r.entity_id
        JOIN groups g ON g.id = r.entity_id
        WHERE r.kind = 'group';

        INSERT INTO search_text (rowid, title, names, context, body)
        SELECT d.doc_id,
               p.name,
               COALESCE((SELECT group_concat(dc.name, ' ') FROM deployment_contributors dc WHERE dc.deployment_id = p.id), ''),
               p.kind || ' ' || COALESCE((SELECT group_concat(c.name_en || ' ' || c.name_fr, ' ')
                                          FROM deployment_hosts h JOIN countries c ON c.code = h.country_code WHERE h.deployment_id = p.id), ''),
               COALESCE(p.summary, '')
        FROM temp.search_refresh r
        JOIN search_documents d ON d.kind = r.kind AND d.entity_id = r.entity_id
        JOIN deployments p ON p.id = r.entity_id
        WHERE r.kind = 'deployment';

        DELETE FROM temp.search_refresh;
        """;

    /// <summary>Re-indexes the given entities of one kind (new or changed).</summary>
    public static async Task RefreshAsync(SqliteConnection connection, SqliteTransaction transaction, string kind, IEnumerable<string> ids)
    {
        await connection.ExecuteAsync(PrepareSql, transaction: transaction);
        await connection.ExecuteAsync(
            "INSERT OR IGNORE INTO temp.search_refresh (kind, entity_id) VALUES (@Kind, @Id)",
            ids.Select(id => new { Kind = kind, Id = id }),
            transaction);
        await connection.ExecuteAsync(RefreshSql, transaction: transaction);
    }

    /// <summary>
    /// Re-indexes the entities of one kind whose ids <paramref name="selectIds"/> returns (a column named id),
    /// for writers that stage thousands of rows in their own temp table and would otherwise send the ids one
    /// by one. <paramref name="selectIds"/> must be fixed SQL written in the caller's code, never user text.
    /// </summary>
    public static async Task RefreshSelectedAsync(SqliteConnection connection, SqliteTransaction transaction, string kind, string selectIds)
    {
        await connection.ExecuteAsync(PrepareSql, transaction: transaction);
        await connection.ExecuteAsync(
            $"INSERT OR IGNORE INTO temp.search_refresh (kind, entity_id) SELECT @Kind, id FROM ({selectIds})",
            new { Kind = kind },
            transaction);
        await connection.ExecuteAsync(RefreshSql, transaction: transaction);
    }

    /// <summary>Re-indexes every incident, group and deployment.</summary>
    public static async Task RebuildAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        await connection.ExecuteAsync(PrepareSql, transaction: transaction);
        await connection.ExecuteAsync(
            """
            INSERT INTO temp.search_refresh (kind, entity_id) SELECT 'incident', id FROM incidents;
            INSERT INTO temp.search_refresh (kind, entity_id) SELECT 'group', id FROM groups;
            INSERT INTO temp.search_refresh (kind, entity_id) SELECT 'deployment', id FROM deployments;
            """,
            transaction: transaction);
        await connection.ExecuteAsync(RefreshSql, transaction: transaction);
    }
}
