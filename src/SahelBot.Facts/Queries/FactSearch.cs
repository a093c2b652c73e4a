using Dapper;
using SahelBot.Facts.Model;
using SahelBot.Facts.Queries.Rows;

namespace SahelBot.Facts.Queries;

/// <summary>
/// Free-text search over incidents, groups and deployments with FTS5 and bm25. The user's words are
/// quoted terms (see <see cref="SearchTerms"/>), never FTS syntax. bm25 weighs a word in the title
/// (place or name) 4×, in aliases/contributors 3×, in context (kind, countries, year, groups) and body
/// (summary) 1×. The best matches are then re-ranked by prominence: among equally relevant facts, the
/// one more sources document and with more deaths is the one people mean ("the Inates attack" is the
/// 71-dead raid of December 2019, not the smaller attack on the same camp that July). A question that
/// is exactly a fact's name or alias ('JNIM', 'MINUSMA') puts that fact above the many that mention it.
/// </summary>
public sealed class FactSearch(FactStore store)
{
    private const double ProminenceWeight = 0.1;
    private const double ExactNameBoost = 3.0;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string question, int limit, ulong? guildId = null, CancellationToken cancellationToken = default)
    {
        var tokens = SearchTerms.Tokens(question);
        if (tokens.Count == 0 || limit <= 0)
        {
            return [];
        }

        await using var connection = store.OpenConnection();
        var rows = await connection.QueryAsync<SearchRow>(new CommandDefinition(
            $"""
            SELECT d.kind AS Kind, d.entity_id AS Id,
                   CASE d.kind WHEN 'incident' THEN i.place || ' (' || c.name_en || ', ' || i.date || ')'
                               WHEN 'group' THEN g.name ELSE p.name END AS Title,
                   snippet(search_text, 3, '', '', '…', 24) AS Snippet,
                   -bm25(search_text, 4.0, 3.0, 1.0, 1.0) AS Relevance,
                   CASE d.kind WHEN 'incident' THEN (SELECT count(*) FROM incident_sources x WHERE x.incident_id = d.entity_id)
                               WHEN 'group' THEN (SELECT count(*) FROM group_sources x WHERE x.group_id = d.entity_id)
                               ELSE (SELECT count(*) FROM deployment_sources x WHERE x.deployment_id = d.entity_id) END AS SourceCount,
                   COALESCE(i.deaths_max, i.deaths_min, 0) AS Deaths,
                   COALESCE(i.place, g.name, p.name) AS Name,
                   CASE d.kind WHEN 'incident' THEN (SELECT json_group_array(a.alias) FROM incident_place_aliases a WHERE a.incident_id = d.entity_id)
                               WHEN 'group' THEN (SELECT json_group_array(a.alias) FROM group_aliases a WHERE a.group_id = d.entity_id)
                               ELSE '[]' END AS AliasesJson
            FROM search_text
            JOIN search_documents d ON d.doc_id = search_text.rowid
            LEFT JOIN incidents i ON d.kind = 'incident' AND i.id = d.entity_id
            LEFT JOIN countries c ON c.code = i.country_code
            LEFT JOIN groups g ON d.kind = 'group' AND g.id = d.entity_id
            LEFT JOIN deployments p ON d.kind = 'deployment' AND p.id = d.entity_id
            WHERE search_text MATCH @Match
              AND COALESCE(i.retracted_at, g.retracted_at, p.retracted_at) IS NULL
              AND COALESCE(i.id, g.id, p.id) IS NOT NULL
              AND (COALESCE(i.guild_id, g.guild_id, p.guild_id) IS NULL OR COALESCE(i.guild_id, g.guild_id, p.guild_id) = @GuildId)
            ORDER BY bm25(search_text, 4.0, 3.0, 1.0, 1.0), d.doc_id
            LIMIT @Pool
            """,
            new
            {
                Match = SearchTerms.ToMatchExpression(tokens),
                GuildId = IncidentQueries.ToDb(guildId),
                Pool = (limit * 4) + 16,
            },
            cancellationToken: cancellationToken));

        return rows
            .Select(r => new SearchHit(r.Kind, r.Id, r.Title, (r.Snippet ?? string.Empty).Trim(), Score(r, tokens)))
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Kind, StringComparer.Ordinal)
            .ThenBy(h => h.Id, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    private static double Score(SearchRow row, IReadOnlyList<string> tokens)
    {
        var score = row.Relevance * (1 + (ProminenceWeight * (Math.Log(1 + row.SourceCount) + Math.Log(1 + row.Deaths))));
        var names = JsonText.ParseList(row.AliasesJson).Prepend(row.Name).SelectMany(NameForms);
        return names.Any(n => SearchTerms.Tokens(n).SequenceEqual(tokens, StringComparer.Ordinal)) ? score * ExactNameBoost : score;
    }

    /// <summary>'MINUSMA (United Nations … in Mali)' is also called 'MINUSMA' and by what the brackets hold.</summary>
    private static IEnumerable<string> NameForms(string name)
    {
        yield return name;
        var open = name.IndexOf('(', StringComparison.Ordinal);
        var close = name.LastIndexOf(')');
        if (open > 0 && close > open)
        {
            yield return name[..open];
            yield return name[(open + 1)..close];
        }
    }
}
