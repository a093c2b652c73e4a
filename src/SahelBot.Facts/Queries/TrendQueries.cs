using Dapper;
using SahelBot.Facts.Model;
using SahelBot.Facts.Queries.Rows;

namespace SahelBot.Facts.Queries;

/// <summary>
/// Aggregates for charts over an incident selection (the same filter and visibility rule as lists): monthly
/// counts and death bands by group affiliation, the deadliest incidents, and the sources behind the selection.
/// Grouping happens in SQLite so a selection of 100 k incidents returns a few hundred rows.
/// </summary>
public sealed class TrendQueries(FactStore store)
{
    /// <summary>
    /// The lowest figure the sources report for an incident's non-militant deaths: the range's minimum, else
    /// its maximum, else military plus civilian deaths; null when nothing is reported.
    /// </summary>
    internal const string DeathsLowSql = "COALESCE(i.deaths_min, i.deaths_max, " + SideSumSql + ")";

    /// <summary>The highest figure the sources report (the range's maximum, else as <see cref="DeathsLowSql"/>).</summary>
    internal const string DeathsHighSql = "COALESCE(i.deaths_max, i.deaths_min, " + SideSumSql + ")";

    /// <summary>
    /// An incident's affiliation: that of its first perpetrator, else of its first claimant ('perpetrator' sorts
    /// after 'claimant', so role DESC; the order of ix_incident_groups_lead, which answers it without the table).
    /// </summary>
    internal const string AffiliationSql = """
        (SELECT g.affiliation FROM incident_groups ig JOIN groups g ON g.id = ig.group_id
         WHERE ig.incident_id = i.id ORDER BY ig.role DESC, ig.ordinal LIMIT 1)
        """;

    private const string SideSumSql =
        "CASE WHEN i.deaths_military IS NULL AND i.deaths_civilian IS NULL THEN NULL ELSE COALESCE(i.deaths_military, 0) + COALESCE(i.deaths_civilian, 0) END";

    /// <summary>One cell per month and affiliation that has incidents, by month then affiliation (null first).</summary>
    public async Task<IReadOnlyList<TrendCell>> MonthlyAsync(IncidentFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = IncidentFilterSql.Build(filter);
        await using var connection = store.OpenConnection();
        var rows = await connection.QueryAsync<(string Month, string? Affiliation, long Incidents, long Low, long High, long WithDeaths)>(new CommandDefinition(
            $"""
            SELECT Month, Affiliation, count(*), COALESCE(sum(Low), 0), COALESCE(sum(High), 0), count(Low)
            FROM (SELECT substr(i.date, 1, 7) AS Month, {AffiliationSql} AS Affiliation, {DeathsLowSql} AS Low, {DeathsHighSql} AS High
                  FROM incidents i WHERE {where})
            GROUP BY Month, Affiliation
            ORDER BY Month, Affiliation
            """,
            parameters,
            cancellationToken: cancellationToken));
        return rows.Select(r => new TrendCell(r.Month, r.Affiliation, (int)r.Incidents, (int)r.Low, (int)r.High, (int)r.WithDeaths)).ToList();
    }

    /// <summary>The selection's incidents with the highest reported toll, deadliest first (then newest, then id).</summary>
    public async Task<IReadOnlyList<IncidentSummary>> DeadliestAsync(IncidentFilter filter, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (count <= 0)
        {
            return [];
        }

        var (where, parameters) = IncidentFilterSql.Build(filter);
        parameters.Add("Take", count);
        await using var connection = store.OpenConnection();
        var rows = (await connection.QueryAsync<IncidentRow>(new CommandDefinition(
            $"""
            SELECT {IncidentRow.Columns} FROM incidents i
            WHERE {where} AND {DeathsHighSql} IS NOT NULL
            ORDER BY {DeathsHighSql} DESC, i.date DESC, i.id
            LIMIT @Take
            """,
            parameters,
            cancellationToken: cancellationToken))).ToList();
        return await FactLoader.IncidentSummariesAsync(connection, rows, cancellationToken);
    }

    /// <summary>Counts, date span, publishers (most citations first, then by name), distinct sources and origins of the selection.</summary>
    public async Task<SelectionFacts> SelectionAsync(IncidentFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        // Three independent reads, run together, each with its own parameters (Dapper's are not for sharing across
        // threads): the origins come from the country index, the citations walk the selection's source links (the
        // longest), and publishers are folded in memory from the small sources table rather than grouping 100 k
        // joined rows by publisher text in SQL.
        var (where, parameters) = IncidentFilterSql.Build(filter);
        var originsRead = store.ReadAsync(
            c => c.QueryAsync<(string Origin, long Count, string First, string Last)>(new CommandDefinition(
                $"SELECT i.origin, count(*), min(i.date), max(i.date) FROM incidents i WHERE {where} GROUP BY i.origin ORDER BY i.origin",
                parameters,
                cancellationToken: cancellationToken)),
            cancellationToken);
        var citationsRead = store.ReadAsync(
            c => c.QueryAsync<(string SourceId, long Citations)>(new CommandDefinition(
                $"SELECT x.source_id, count(*) FROM incidents i JOIN incident_sources x ON x.incident_id = i.id WHERE {where} GROUP BY x.source_id",
                IncidentFilterSql.Build(filter).Parameters,
                cancellationToken: cancellationToken)),
            cancellationToken);
        var publishersRead = store.ReadAsync(
            c => c.QueryAsync<(string Id, string Publisher)>(new CommandDefinition(
                "SELECT id, COALESCE(publisher, title) FROM sources", cancellationToken: cancellationToken)),
            cancellationToken);
        var origins = (await originsRead).ToList();
        var citations = (await citationsRead).ToList();
        var publisherOf = (await publishersRead).ToDictionary(s => s.Id, s => s.Publisher, StringComparer.Ordinal);
        var publishers = citations
            .GroupBy(c => publisherOf.GetValueOrDefault(c.SourceId, c.SourceId), StringComparer.Ordinal)
            .Select(g => new PublisherCount(g.Key, (int)g.Sum(c => c.Citations)))
            .OrderByDescending(p => p.Citations)
            .ThenBy(p => p.Publisher, StringComparer.Ordinal)
            .ToList();
        return new SelectionFacts(
            (int)origins.Sum(o => o.Count),
            origins.Count == 0 ? null : origins.Min(o => IsoText.ParseDate(o.First)),
            origins.Count == 0 ? null : origins.Max(o => IsoText.ParseDate(o.Last)),
            publishers,
            citations.Count,
            origins.ToDictionary(o => o.Origin, o => (int)o.Count, StringComparer.Ordinal));
    }
}
