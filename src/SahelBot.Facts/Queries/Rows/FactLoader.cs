using Dapper;
using Microsoft.Data.Sqlite;
using SahelBot.Facts.Model;

namespace SahelBot.Facts.Queries.Rows;

/// <summary>
/// Loads the parts shared by several queries (countries, citations, group links) for a whole set of
/// ids at once: one query per part, ids passed as one JSON parameter.
/// </summary>
internal static class FactLoader
{
    public static async Task<Dictionary<string, Country>> CountriesAsync(SqliteConnection connection, CancellationToken ct)
    {
        var rows = await connection.QueryAsync<CountryRow>(new CommandDefinition(
            $"SELECT {CountryRow.Columns} FROM countries c ORDER BY c.code", cancellationToken: ct));
        return rows.ToDictionary(r => r.Code, r => r.ToModel(), StringComparer.Ordinal);
    }

    public static Task<ILookup<string, SourceRef>> IncidentSourcesAsync(SqliteConnection connection, IEnumerable<string> ids, CancellationToken ct) =>
        SourcesAsync(connection, "incident_sources", "incident_id", ids, ct);

    public static Task<ILookup<string, SourceRef>> GroupSourcesAsync(SqliteConnection connection, IEnumerable<string> ids, CancellationToken ct) =>
        SourcesAsync(connection, "group_sources", "group_id", ids, ct);

    public static Task<ILookup<string, SourceRef>> DeploymentSourcesAsync(SqliteConnection connection, IEnumerable<string> ids, CancellationToken ct) =>
        SourcesAsync(connection, "deployment_sources", "deployment_id", ids, ct);

    /// <summary>Perpetrator and claimant links of the given incidents, in citation order.</summary>
    public static async Task<ILookup<string, GroupLinkRow>> IncidentGroupsAsync(SqliteConnection connection, IEnumerable<string> ids, CancellationToken ct)
    {
        var rows = await connection.QueryAsync<GroupLinkRow>(new CommandDefinition(
            """
            SELECT ig.incident_id AS OwnerId, ig.role AS Role, g.id AS Id, g.name AS Name,
                   (SELECT json_group_array(alias) FROM (SELECT a.alias FROM group_aliases a WHERE a.group_id = g.id ORDER BY a.ordinal)) AS AliasesJson
            FROM incident_groups ig
            JOIN groups g ON g.id = ig.group_id
            WHERE ig.incident_id IN (SELECT value FROM json_each(@Ids))
            ORDER BY ig.incident_id, ig.role, ig.ordinal
            """,
            new { Ids = JsonText.Serialize(ids.Distinct().ToArray()) },
            cancellationToken: ct));
        return rows.ToLookup(r => r.OwnerId, StringComparer.Ordinal);
    }

    public static async Task<IReadOnlyList<IncidentSummary>> IncidentSummariesAsync(
        SqliteConnection connection, IReadOnlyList<IncidentRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Id).ToList();
        var countries = await CountriesAsync(connection, ct);
        var sources = await IncidentSourcesAsync(connection, ids, ct);
        var groups = await IncidentGroupsAsync(connection, ids, ct);
        return rows.Select(r => ToSummary(r, countries, sources, groups)).ToList();
    }

    public static IncidentSummary ToSummary(
        IncidentRow row, Dictionary<string, Country> countries, ILookup<string, SourceRef> sources, ILookup<string, GroupLinkRow> groups)
    {
        var links = groups[row.Id].ToList();
        return new IncidentSummary(
            row.Id,
            row.Date,
            IncidentRow.ParsePrecision(row.DatePrecision),
            countries[row.CountryCode],
            row.Admin1,
            row.Place,
            row.Kind,
            new Fatalities(row.DeathsMilitary, row.DeathsCivilian, row.DeathsMilitants, row.DeathsMin, row.DeathsMax),
            links.Where(l => l.Role == "perpetrator").Select(l => l.ToModel()).ToList(),
            links.Where(l => l.Role == "claimant").Select(l => l.ToModel()).ToList(),
            row.Summary,
            sources[row.Id].ToList());
    }

    private static async Task<ILookup<string, SourceRef>> SourcesAsync(
        SqliteConnection connection, string linkTable, string ownerColumn, IEnumerable<string> ids, CancellationToken ct)
    {
        // linkTable/ownerColumn are compile-time constants chosen above, never user text.
        var rows = await connection.QueryAsync<SourceRow>(new CommandDefinition(
            $"""
            SELECT x.{ownerColumn} AS OwnerId, x.ordinal AS Number, s.id AS Id, s.url AS Url, s.title AS Title,
                   s.publisher AS Publisher, s.published AS Published
            FROM {linkTable} x
            JOIN sources s ON s.id = x.source_id
            WHERE x.{ownerColumn} IN (SELECT value FROM json_each(@Ids))
            ORDER BY x.{ownerColumn}, x.ordinal
            """,
            new { Ids = JsonText.Serialize(ids.Distinct().ToArray()) },
            cancellationToken: ct));
        return rows.ToLookup(r => r.OwnerId, r => r.ToModel(), StringComparer.Ordinal);
    }
}
