using Dapper;
using SahelBot.Facts.Model;
using SahelBot.Facts.Queries.Rows;

namespace SahelBot.Facts.Queries;

/// <summary>Incidents of a selection as points for a map, and the hints that place those their place name cannot.</summary>
public sealed class MapQueries(FactStore store)
{
    /// <summary>
    /// Every incident of the selection, in no particular order (the map orders what it draws itself). Only the
    /// incidents' own columns: a 100 k selection reads no alias or summary; <see cref="HintsAsync"/> reads those
    /// for the few points that need them.
    /// </summary>
    public async Task<IReadOnlyList<MapPoint>> PointsAsync(IncidentFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = IncidentFilterSql.Build(filter);
        await using var connection = store.OpenConnection();
        var sql = $"""
            SELECT i.id, i.date, i.date_precision, i.place, i.admin1, i.latitude, i.longitude, i.coordinate_precision, i.kind,
                   {TrendQueries.DeathsLowSql}, {TrendQueries.DeathsHighSql}
            FROM incidents i WHERE {where}
            """;
        // Read by hand: a selection is tens of thousands of rows, and the computed tolls have no declared type for a
        // mapper to go by when the first row's is NULL.
        var points = new List<MapPoint>();
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        while (await reader.ReadAsync(cancellationToken))
        {
            points.Add(new MapPoint(
                reader.GetString(0),
                IsoText.ParseDate(reader.GetString(1)),
                IncidentRow.ParsePrecision(reader.GetString(2)),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetDouble(5),
                reader.IsDBNull(6) ? null : reader.GetDouble(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetInt32(9),
                reader.IsDBNull(10) ? null : reader.GetInt32(10)));
        }

        return points;
    }

    /// <summary>The place aliases (in order) and the "near …" words of the summary of each incident asked for that exists.</summary>
    public async Task<IReadOnlyDictionary<string, PlaceHints>> HintsAsync(IReadOnlyCollection<string> incidentIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incidentIds);
        var hints = new Dictionary<string, PlaceHints>(StringComparer.Ordinal);
        if (incidentIds.Count == 0)
        {
            return hints;
        }

        // The ids travel as one JSON array, so any number of them is one bound parameter. Aliases come as rows and
        // the near words only where the summary has them: tens of thousands of incidents may be asked about.
        var ids = new { Ids = JsonText.Serialize(incidentIds) };
        var nearRead = store.ReadAsync(
            c => c.QueryAsync<(string Id, string? NearText)>(new CommandDefinition(
                """
                SELECT i.id, CASE WHEN instr(i.summary, ' near ') > 0 THEN substr(i.summary, instr(i.summary, ' near ') + 6, 60) END
                FROM incidents i WHERE i.id IN (SELECT value FROM json_each(@Ids))
                """,
                ids,
                cancellationToken: cancellationToken)),
            cancellationToken);
        var aliasesRead = store.ReadAsync(
            c => c.QueryAsync<(string Id, string Alias)>(new CommandDefinition(
                """
                SELECT a.incident_id, a.alias FROM incident_place_aliases a
                WHERE a.incident_id IN (SELECT value FROM json_each(@Ids)) ORDER BY a.incident_id, a.ordinal
                """,
                ids,
                cancellationToken: cancellationToken)),
            cancellationToken);
        var aliases = (await aliasesRead).GroupBy(a => a.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(a => a.Alias).ToList(), StringComparer.Ordinal);
        foreach (var (id, near) in await nearRead)
        {
            hints[id] = new PlaceHints(aliases.GetValueOrDefault(id) ?? [], near);
        }

        return hints;
    }
}
