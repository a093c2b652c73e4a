using System.Runtime.CompilerServices;
using Dapper;
using SahelBot.Facts.Model;
using SahelBot.Facts.Queries.Rows;

namespace SahelBot.Facts.Queries;

/// <summary>
/// A selection's incidents as spots for a map, grouped in SQLite (from the country index, 0400) so the map reads a
/// few hundred rows whatever the size of the selection; then, for places their name cannot place, the same
/// incidents grouped by their hints; and the few that still cannot be placed, one by one.
/// </summary>
public sealed class MapQueries(FactStore store)
{
    private const string AliasesSql =
        "(SELECT json_group_array(a.alias) FROM (SELECT alias FROM incident_place_aliases WHERE incident_id = i.id ORDER BY ordinal) a)";

    private const string NearSql =
        "CASE WHEN instr(i.summary, ' near ') > 0 THEN substr(i.summary, instr(i.summary, ' near ') + 6, 60) END";

    private const string Totals = $"""
        count(*) AS Incidents, COALESCE(sum({TrendQueries.DeathsLowSql}), 0) AS DeathsLow, COALESCE(sum({TrendQueries.DeathsHighSql}), 0) AS DeathsHigh,
        max({TrendQueries.DeathsHighSql}) AS Deadliest, min(i.id) AS FirstId
        """;

    /// <summary>The selection's spots: incidents grouped by place, region, coordinates and kind.</summary>
    public async Task<IReadOnlyList<MapSpot>> SpotsAsync(IncidentFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = IncidentFilterSql.Build(filter);
        await using var connection = store.OpenConnection();
        var rows = await connection.QueryAsync<SpotRow>(new CommandDefinition(
            $"""
            SELECT i.place AS Place, i.admin1 AS Admin1, i.latitude AS Latitude, i.longitude AS Longitude, i.kind AS Kind, {Totals}
            FROM incidents i WHERE {where}
            GROUP BY i.place, i.admin1, i.latitude, i.longitude, i.kind
            ORDER BY FirstId, i.kind
            """,
            parameters,
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToSpot(null)).ToList();
    }

    /// <summary>
    /// The selection's incidents without coordinates at the given places, grouped by place, region, kind, aliases
    /// and "near" words (each spot carries them as <see cref="MapSpot.Hints"/>).
    /// </summary>
    public async Task<IReadOnlyList<MapSpot>> HintedSpotsAsync(IncidentFilter filter, IReadOnlyCollection<string> places, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(places);
        if (places.Count == 0)
        {
            return [];
        }

        var (where, parameters) = WithoutCoordinatesAt(filter, places);
        await using var connection = store.OpenConnection();
        var rows = await connection.QueryAsync<SpotRow>(new CommandDefinition(
            $"""
            SELECT i.place AS Place, i.admin1 AS Admin1, NULL AS Latitude, NULL AS Longitude, i.kind AS Kind, {Totals},
                   {AliasesSql} AS AliasesJson, {NearSql} AS NearText
            FROM incidents i WHERE {where}
            GROUP BY i.place, i.admin1, i.kind, AliasesJson, NearText
            ORDER BY FirstId, i.kind
            """,
            parameters,
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToSpot(new PlaceHints(JsonText.ParseList(r.AliasesJson), r.NearText))).ToList();
    }

    /// <summary>
    /// The selection's incidents without coordinates at the given places, one by one with their hints, oldest first,
    /// read as the caller goes, so one that needs only the first few reads only those.
    /// </summary>
    public async IAsyncEnumerable<UnplacedIncident> IncidentsWithoutCoordinatesAsync(
        IncidentFilter filter, IReadOnlyCollection<string> places, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(places);
        if (places.Count == 0)
        {
            yield break;
        }

        var (where, parameters) = WithoutCoordinatesAt(filter, places);
        await using var connection = store.OpenConnection();
        var rows = connection.QueryUnbufferedAsync<(string Id, string Date, string DatePrecision, string Place, string? Admin1, string AliasesJson, string? NearText)>(
            $"""
            SELECT i.id, i.date, i.date_precision, i.place, i.admin1, {AliasesSql}, {NearSql}
            FROM incidents i WHERE {where}
            ORDER BY i.date, i.id
            """,
            parameters);
        await foreach (var r in rows.WithCancellation(cancellationToken))
        {
            yield return new UnplacedIncident(
                r.Id,
                IsoText.ParseDate(r.Date),
                IncidentRow.ParsePrecision(r.DatePrecision),
                r.Place,
                r.Admin1,
                new PlaceHints(JsonText.ParseList(r.AliasesJson), r.NearText));
        }
    }

    /// <summary>The filter narrowed to incidents without coordinates at one of the places (passed as one JSON parameter).</summary>
    private static (string Where, DynamicParameters Parameters) WithoutCoordinatesAt(IncidentFilter filter, IReadOnlyCollection<string> places)
    {
        var (where, parameters) = IncidentFilterSql.Build(filter);
        parameters.Add("Places", JsonText.Serialize(places));
        return ($"{where} AND (i.latitude IS NULL OR i.longitude IS NULL) AND i.place IN (SELECT value FROM json_each(@Places))", parameters);
    }

    // Sums come back as 64-bit integers and a spot's highest toll may be NULL: typed as SQLite returns them.
    private sealed class SpotRow
    {
        public string Place { get; set; } = "";
        public string? Admin1 { get; set; }
        public double? Latitude { get; set; }
        public double? Longitude { get; set; }
        public string Kind { get; set; } = "";
        public long Incidents { get; set; }
        public long DeathsLow { get; set; }
        public long DeathsHigh { get; set; }
        public long? Deadliest { get; set; }
        public string FirstId { get; set; } = "";
        public string? AliasesJson { get; set; }
        public string? NearText { get; set; }

        public MapSpot ToSpot(PlaceHints? hints) => new(
            Place, Admin1, Latitude, Longitude, Kind, (int)Incidents, (int)DeathsLow, (int)DeathsHigh, (int?)Deadliest, FirstId, hints);
    }
}
