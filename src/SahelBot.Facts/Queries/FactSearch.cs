using Dapper;
using Microsoft.Data.Sqlite;
using SahelBot.Facts.Model;
using SahelBot.Facts.Queries.Rows;

namespace SahelBot.Facts.Queries;

/// <summary>
/// Free-text search over incidents, groups and deployments with FTS5 and bm25. The user's words are
/// quoted terms (see <see cref="SearchTerms"/>), never FTS syntax. Facts containing every word come
/// first; when there are not enough of them, facts containing any word fill the list. bm25 weighs a
/// word in the title (place or name) 4×, in aliases/contributors 3×, in context (kind, countries, year,
/// groups) and body (summary) 1×. The best matches are then re-ranked by prominence: among equally
/// relevant facts, the one more sources document and with more deaths is the one people mean ("the
/// Inates attack" is the 71-dead raid of December 2019, not the smaller attack on the same camp that
/// July). A question that is exactly a fact's name or alias ('JNIM', 'MINUSMA') puts that fact above
/// the many that mention it.
/// </summary>
public sealed class FactSearch(FactStore store)
{
    private const double ProminenceWeight = 0.1;
    private const double ExactNameBoost = 3.0;

    // Ranking reads only the FTS index for the best matches, then checks visibility for those; titles and
    // counts are fetched for the few ranked rows afterwards, and snippets for the hits shown, because SQLite
    // computes every selected column of every match before it sorts, and a common word can match most of a
    // large store. Visibility is checked for twice the pool first and, only when that leaves the pool short,
    // for the best 500 (matches are taken in a total order, so the first window is a prefix of the second and
    // gives the same hits). The cost: a server's own or a retracted fact beyond the best 500 is not considered.
    private const int Candidates = 500;

    private const string RankSql = """
        SELECT d.doc_id AS DocId, d.kind AS Kind, d.entity_id AS Id, m.relevance AS Relevance
        FROM (SELECT rowid AS doc_id, -bm25(search_text, 4.0, 3.0, 1.0, 1.0) AS relevance
              FROM search_text WHERE search_text MATCH @Match
              ORDER BY bm25(search_text, 4.0, 3.0, 1.0, 1.0), rowid LIMIT @Candidates) m
        JOIN search_documents d ON d.doc_id = m.doc_id
        LEFT JOIN incidents i ON d.kind = 'incident' AND i.id = d.entity_id
        LEFT JOIN groups g ON d.kind = 'group' AND g.id = d.entity_id
        LEFT JOIN deployments p ON d.kind = 'deployment' AND p.id = d.entity_id
        WHERE COALESCE(i.id, g.id, p.id) IS NOT NULL
          AND COALESCE(i.retracted_at, g.retracted_at, p.retracted_at) IS NULL
          AND i.duplicate_of IS NULL
          AND (COALESCE(i.guild_id, g.guild_id, p.guild_id) IS NULL OR COALESCE(i.guild_id, g.guild_id, p.guild_id) = @GuildId)
        ORDER BY m.relevance DESC, d.doc_id
        LIMIT @Pool
        """;

    // A word found in more than this share of documents (and in more than CommonFloor of them) adds
    // almost nothing to bm25 but makes an OR query score most of the store: "attack" in a store of
    // synthetic attacks. It is left out of the any-word query when rarer words remain.
    private const int CommonShare = 20;
    private const int CommonFloor = 5000;

    private const string DetailSql = """
        SELECT d.doc_id AS DocId,
               CASE d.kind WHEN 'incident' THEN i.place || ' (' || c.name_en || ', ' || i.date || ')'
                           WHEN 'group' THEN g.name ELSE p.name END AS Title,
               CASE d.kind WHEN 'incident' THEN (SELECT count(*) FROM incident_sources x WHERE x.incident_id = d.entity_id)
                           WHEN 'group' THEN (SELECT count(*) FROM group_sources x WHERE x.group_id = d.entity_id)
                           ELSE (SELECT count(*) FROM deployment_sources x WHERE x.deployment_id = d.entity_id) END AS SourceCount,
               COALESCE(i.deaths_max, i.deaths_min, 0) AS Deaths,
               COALESCE(i.place, g.name, p.name) AS Name,
               CASE d.kind WHEN 'incident' THEN (SELECT json_group_array(a.alias) FROM incident_place_aliases a WHERE a.incident_id = d.entity_id)
                           WHEN 'group' THEN (SELECT json_group_array(a.alias) FROM group_aliases a WHERE a.group_id = d.entity_id)
                           ELSE '[]' END AS AliasesJson,
               COALESCE(i.summary, g.summary, p.summary, '') AS Body
        FROM search_documents d
        LEFT JOIN incidents i ON d.kind = 'incident' AND i.id = d.entity_id
        LEFT JOIN countries c ON c.code = i.country_code
        LEFT JOIN groups g ON d.kind = 'group' AND g.id = d.entity_id
        LEFT JOIN deployments p ON d.kind = 'deployment' AND p.id = d.entity_id
        WHERE d.doc_id IN (SELECT value FROM json_each(@Ids))
        """;

    private const string SnippetSql = """
        SELECT rowid AS DocId, snippet(search_text, 3, '', '', '…', 24) AS Snippet
        FROM search_text
        WHERE search_text MATCH @Match AND rowid IN (SELECT value FROM json_each(@Ids))
        """;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string question, int limit, ulong? guildId = null, CancellationToken cancellationToken = default)
    {
        var tokens = SearchTerms.Tokens(question);
        if (tokens.Count == 0 || limit <= 0)
        {
            return [];
        }

        await using var connection = store.OpenConnection();
        var pool = (limit * 4) + 16;
        var all = await SearchOnceAsync(connection, SearchTerms.ToAllTermsExpression(tokens), tokens, guildId, pool, cancellationToken);
        var best = Rank(all).Take(limit).ToList();
        if (best.Count < limit && tokens.Count > 1)
        {
            var distinctive = await WithoutCommonWordsAsync(connection, tokens, cancellationToken);
            var any = await SearchOnceAsync(connection, SearchTerms.ToMatchExpression(distinctive), tokens, guildId, pool, cancellationToken);
            best.AddRange(Rank(any).Where(h => !best.Any(x => x.Kind == h.Kind && x.Id == h.Id)).Take(limit - best.Count));
        }

        // Snippets only for the hits shown, each from the words of the pass that found it.
        var snippets = new Dictionary<long, string?>();
        foreach (var pass in best.GroupBy(c => c.Match, StringComparer.Ordinal))
        {
            var ids = JsonText.Serialize(pass.Select(c => c.DocId).ToArray());
            foreach (var (docId, snippet) in await connection.QueryAsync<(long DocId, string? Snippet)>(new CommandDefinition(
                SnippetSql, new { Match = pass.Key, Ids = ids }, cancellationToken: cancellationToken)))
            {
                snippets[docId] = snippet;
            }
        }

        return best.Select(c => new SearchHit(
            c.Kind,
            c.Id,
            c.Title,
            snippets.GetValueOrDefault(c.DocId) is { } snippet && !string.IsNullOrWhiteSpace(snippet) ? snippet.Trim() : Opening(c.Body),
            c.Score)).ToList();
    }

    private static async Task<IReadOnlyList<string>> WithoutCommonWordsAsync(
        SqliteConnection connection, IReadOnlyList<string> tokens, CancellationToken cancellationToken)
    {
        var documents = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT max(doc_id) FROM search_documents", cancellationToken: cancellationToken)) ?? 0;
        var threshold = Math.Max(CommonFloor, documents / CommonShare);
        if (documents <= threshold)
        {
            return tokens;
        }

        var kept = new List<string>();
        foreach (var token in tokens)
        {
            // Counting stops one past the threshold, so a very common word costs no more than a rare one.
            var count = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT count(*) FROM (SELECT 1 FROM search_text WHERE search_text MATCH @Match LIMIT @Cap)",
                new { Match = SearchTerms.ToMatchExpression([token]), Cap = threshold + 1 },
                cancellationToken: cancellationToken));
            if (count <= threshold)
            {
                kept.Add(token);
            }
        }

        return kept.Count > 0 ? kept : tokens;
    }

    private static async Task<List<Candidate>> SearchOnceAsync(
        SqliteConnection connection, string match, IReadOnlyList<string> tokens, ulong? guildId, int pool, CancellationToken cancellationToken)
    {
        var window = Math.Min(pool * 2, Candidates);
        var ranked = await RankedAsync(connection, match, guildId, pool, window, cancellationToken);
        if (ranked.Count < pool && window < Candidates)
        {
            ranked = await RankedAsync(connection, match, guildId, pool, Candidates, cancellationToken);
        }

        if (ranked.Count == 0)
        {
            return [];
        }

        var ids = JsonText.Serialize(ranked.Select(r => r.DocId).ToArray());
        var details = (await connection.QueryAsync<SearchRow>(new CommandDefinition(
            DetailSql, new { Ids = ids }, cancellationToken: cancellationToken))).ToDictionary(r => r.DocId);
        return ranked.Select(r =>
        {
            var detail = details[r.DocId];
            return new Candidate(r.DocId, r.Kind, r.Id, detail.Title, detail.Body, match, Score(r.Relevance, detail, tokens));
        }).ToList();
    }

    private static async Task<List<SearchRow>> RankedAsync(
        SqliteConnection connection, string match, ulong? guildId, int pool, int candidates, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<SearchRow>(new CommandDefinition(
            RankSql, new { Match = match, GuildId = IncidentQueries.ToDb(guildId), Pool = pool, Candidates = candidates }, cancellationToken: cancellationToken))).ToList();

    private static IEnumerable<Candidate> Rank(IEnumerable<Candidate> candidates) =>
        candidates
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Kind, StringComparer.Ordinal)
            .ThenBy(c => c.Id, StringComparer.Ordinal);

    private static double Score(double relevance, SearchRow detail, IReadOnlyList<string> tokens)
    {
        var score = relevance * (1 + (ProminenceWeight * (Math.Log(1 + detail.SourceCount) + Math.Log(1 + detail.Deaths))));
        var names = JsonText.ParseList(detail.AliasesJson).Prepend(detail.Name).SelectMany(NameForms);
        return names.Any(n => SearchTerms.Tokens(n).SequenceEqual(tokens, StringComparer.Ordinal)) ? score * ExactNameBoost : score;
    }

    /// <summary>The start of the summary, cut at a word, when the words matched only the title or names.</summary>
    private static string Opening(string body)
    {
        const int Length = 160;
        if (body.Length <= Length)
        {
            return body;
        }

        var cut = body.LastIndexOf(' ', Length);
        return string.Concat(body.AsSpan(0, cut > 0 ? cut : Length), "…");
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

    private sealed record Candidate(long DocId, string Kind, string Id, string Title, string Body, string Match, double Score);
}
