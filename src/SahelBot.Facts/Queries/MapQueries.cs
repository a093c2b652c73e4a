using Dapper;
using SahelBot.Facts.Model;
using SahelBot.Facts.Queries.Rows;

namespace SahelBot.Facts.Queries;

/// <summary>Incidents of a selection as points for a map, with what is needed to place those stored without coordinates.</summary>
public sealed class MapQueries(FactStore store)
{
    /// <summary>
    /// Every incident of the selection, deadliest first (then newest, then id) so callers can draw small points
    /// over large ones. Aliases and the "near …" words of the summary are read only for rows without coordinates.
    /// </summary>
    public async Task<IReadOnlyList<MapPoint>> PointsAsync(IncidentFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = IncidentFilterSql.Build(filter);
        await using var connection = store.OpenConnection();
        var rows = await connection.QueryAsync<PointRow>(new CommandDefinition(
            $"""
            SELECT i.id AS Id, i.date AS Date, i.date_precision AS DatePrecision, i.place AS Place, i.admin1 AS Admin1,
                   i.latitude AS Latitude, i.longitude AS Longitude, i.coordinate_precision AS CoordinatePrecision, i.kind AS Kind,
                   {TrendQueries.DeathsLowSql} AS DeathsLow, {TrendQueries.DeathsHighSql} AS DeathsHigh,
                   CASE WHEN i.latitude IS NULL OR i.longitude IS NULL
                        THEN (SELECT json_group_array(a.alias) FROM (SELECT alias FROM incident_place_aliases WHERE incident_id = i.id ORDER BY ordinal) a)
                   END AS AliasesJson,
                   CASE WHEN (i.latitude IS NULL OR i.longitude IS NULL) AND instr(i.summary, ' near ') > 0
                        THEN substr(i.summary, instr(i.summary, ' near ') + 6, 60)
                   END AS NearText
            FROM incidents i WHERE {where}
            ORDER BY DeathsHigh DESC NULLS LAST, i.date DESC, i.id
            """,
            parameters,
            cancellationToken: cancellationToken));
        return rows.Select(r => new MapPoint(
            r.Id,
            r.Date,
            IncidentRow.ParsePrecision(r.DatePrecision),
            r.Place,
            r.Admin1,
            r.Latitude,
            r.Longitude,
            r.CoordinatePrecision,
            r.Kind,
            r.DeathsLow,
            r.DeathsHigh,
            JsonText.ParseList(r.AliasesJson),
            r.NearText)).ToList();
    }

    private sealed class PointRow
    {
        public string Id { get; set; } = "";
        public DateOnly Date { get; set; }
        public string DatePrecision { get; set; } = "day";
        public string Place { get; set; } = "";
        public string? Admin1 { get; set; }
        public double? Latitude { get; set; }
        public double? Longitude { get; set; }
        public string? CoordinatePrecision { get; set; }
        public string Kind { get; set; } = "";
        public int? DeathsLow { get; set; }
        public int? DeathsHigh { get; set; }
        public string? AliasesJson { get; set; }
        public string? NearText { get; set; }
    }
}
