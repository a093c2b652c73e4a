using Dapper;
using SahelBot.Facts.Model;
using SahelBot.Facts.Queries.Rows;

namespace SahelBot.Facts.Queries;

/// <summary>Deployments present in a country (or anywhere) on a date, with their strength as of that date.</summary>
public sealed class DeploymentQueries(FactStore store)
{
    /// <summary>
    /// Deployments hosted by <paramref name="countryCode"/> (all hosts when null) whose start is on or
    /// before <paramref name="asOf"/> and whose end is unknown or on or after it, compared at the
    /// precision the dates are given in (see <see cref="PartialDate"/>). Ordered by start, then id.
    /// </summary>
    public async Task<IReadOnlyList<DeploymentDetail>> ListAsync(string? countryCode, DateOnly asOf, ulong? guildId = null, CancellationToken cancellationToken = default)
    {
        await using var connection = store.OpenConnection();
        var rows = (await connection.QueryAsync<DeploymentRow>(new CommandDefinition(
            $"""
            SELECT d.id AS Id, d.name AS Name, d.kind AS Kind, d.start AS Start, d."end" AS "End", d.summary AS Summary
            FROM deployments d
            WHERE {Visibility.Listed("d")}
              AND (d.start IS NULL OR d.start <= substr(@AsOf, 1, length(d.start)))
              AND (d."end" IS NULL OR d."end" >= substr(@AsOf, 1, length(d."end")))
              AND (@Country IS NULL OR EXISTS (SELECT 1 FROM deployment_hosts h WHERE h.deployment_id = d.id AND h.country_code = @Country))
            ORDER BY COALESCE(d.start, ''), d.id
            """,
            new
            {
                GuildId = IncidentQueries.ToDb(guildId),
                AsOf = IsoText.Date(asOf),
                Country = string.IsNullOrWhiteSpace(countryCode) ? null : countryCode.Trim().ToUpperInvariant(),
            },
            cancellationToken: cancellationToken))).ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = JsonText.Serialize(rows.Select(r => r.Id).ToArray());
        var countries = await FactLoader.CountriesAsync(connection, cancellationToken);
        var contributors = (await connection.QueryAsync<(string DeploymentId, string Name)>(new CommandDefinition(
            "SELECT deployment_id, name FROM deployment_contributors WHERE deployment_id IN (SELECT value FROM json_each(@Ids)) ORDER BY deployment_id, ordinal",
            new { Ids = ids },
            cancellationToken: cancellationToken))).ToLookup(c => c.DeploymentId, c => c.Name, StringComparer.Ordinal);
        var hosts = (await connection.QueryAsync<(string DeploymentId, string Code)>(new CommandDefinition(
            "SELECT deployment_id, country_code FROM deployment_hosts WHERE deployment_id IN (SELECT value FROM json_each(@Ids)) ORDER BY deployment_id, ordinal",
            new { Ids = ids },
            cancellationToken: cancellationToken))).ToLookup(h => h.DeploymentId, h => countries[h.Code], StringComparer.Ordinal);
        var strength = (await connection.QueryAsync<StrengthRow>(new CommandDefinition(
            """
            SELECT deployment_id AS DeploymentId, as_of AS AsOf, troops AS Troops, note AS Note
            FROM deployment_strength WHERE deployment_id IN (SELECT value FROM json_each(@Ids)) ORDER BY deployment_id, ordinal
            """,
            new { Ids = ids },
            cancellationToken: cancellationToken))).ToLookup(s => s.DeploymentId, s => new DeploymentStrength(s.AsOf, s.Troops, s.Note), StringComparer.Ordinal);
        var sources = await FactLoader.DeploymentSourcesAsync(connection, rows.Select(r => r.Id), cancellationToken);

        return rows.Select(r =>
        {
            var figures = strength[r.Id].ToList();
            return new DeploymentDetail(
                r.Id,
                r.Name,
                r.Kind,
                contributors[r.Id].ToList(),
                hosts[r.Id].ToList(),
                r.Start,
                r.End,
                StrengthAsOf(figures, asOf),
                figures,
                r.Summary,
                sources[r.Id].ToList());
        }).ToList();
    }

    /// <summary>The latest figure dated on or before the day; of two with the same date, the one listed last.</summary>
    public static DeploymentStrength? StrengthAsOf(IReadOnlyList<DeploymentStrength> figures, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(figures);
        DeploymentStrength? best = null;
        foreach (var figure in figures)
        {
            if (PartialDate.IsOnOrBefore(figure.AsOf, asOf)
                && (best is null || string.CompareOrdinal(figure.AsOf, best.AsOf) >= 0))
            {
                best = figure;
            }
        }

        return best;
    }
}
