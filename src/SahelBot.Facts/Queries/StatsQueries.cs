using Dapper;
using SahelBot.Facts.Model;
using SahelBot.Facts.Queries.Rows;

namespace SahelBot.Facts.Queries;

/// <summary>What the store holds, as this server sees it (published facts plus its own, not retracted).</summary>
public sealed class StatsQueries(FactStore store)
{
    /// <summary>Counts, and per country the incidents with first and last date: the five Sahel countries always, others when they have incidents.</summary>
    public async Task<FactStats> GetAsync(ulong? guildId = null, CancellationToken cancellationToken = default)
    {
        await using var connection = store.OpenConnection();
        var parameters = new { GuildId = IncidentQueries.ToDb(guildId) };
        var counts = await connection.QuerySingleAsync<(long Sources, long Incidents, long Groups, long Deployments)>(new CommandDefinition(
            $"""
            SELECT (SELECT count(*) FROM sources s WHERE {Visibility.Visible("s")}),
                   (SELECT count(*) FROM incidents i WHERE {Visibility.Counted("i")}),
                   (SELECT count(*) FROM groups g WHERE {Visibility.Listed("g")}),
                   (SELECT count(*) FROM deployments d WHERE {Visibility.Listed("d")})
            """,
            parameters,
            cancellationToken: cancellationToken));
        var perCountry = (await connection.QueryAsync<(string Code, long Incidents, string First, string Last)>(new CommandDefinition(
            $"""
            SELECT i.country_code, count(*), min(i.date), max(i.date)
            FROM incidents i WHERE {Visibility.Counted("i")}
            GROUP BY i.country_code
            """,
            parameters,
            cancellationToken: cancellationToken))).ToDictionary(r => r.Code, StringComparer.Ordinal);
        var countries = await FactLoader.CountriesAsync(connection, cancellationToken);
        var coverage = countries.Values
            .Where(c => c.IsSahel || perCountry.ContainsKey(c.Code))
            .Select(c => perCountry.TryGetValue(c.Code, out var r)
                ? new CountryCoverage(c, (int)r.Incidents, IsoText.ParseDate(r.First), IsoText.ParseDate(r.Last))
                : new CountryCoverage(c, 0, null, null))
            .OrderByDescending(c => c.Incidents)
            .ThenBy(c => c.Country.NameEn, StringComparer.Ordinal)
            .ToList();
        return new FactStats((int)counts.Sources, (int)counts.Incidents, (int)counts.Groups, (int)counts.Deployments, coverage);
    }

    /// <summary>One country's incidents with first and last date (what <see cref="GetAsync"/> reports for it), from the country index alone.</summary>
    public async Task<CountryCoverage> CoverageAsync(Country country, ulong? guildId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(country);
        await using var connection = store.OpenConnection();
        var row = await connection.QuerySingleAsync<(long Incidents, string? First, string? Last)>(new CommandDefinition(
            $"SELECT count(*), min(i.date), max(i.date) FROM incidents i WHERE {Visibility.Counted("i")} AND i.country_code = @Code",
            new { GuildId = IncidentQueries.ToDb(guildId), country.Code },
            cancellationToken: cancellationToken));
        return row.Incidents == 0
            ? new CountryCoverage(country, 0, null, null)
            : new CountryCoverage(country, (int)row.Incidents, IsoText.ParseDate(row.First!), IsoText.ParseDate(row.Last!));
    }
}
