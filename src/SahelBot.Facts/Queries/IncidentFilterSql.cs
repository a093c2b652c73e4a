using System.Text;
using Dapper;
using SahelBot.Facts.Model;
using SahelBot.Facts.Queries.Rows;

namespace SahelBot.Facts.Queries;

/// <summary>
/// Turns an <see cref="IncidentFilter"/> into a WHERE clause made only of fixed fragments, one per
/// filter that is set (so SQLite can use the matching index), with every value bound as a parameter.
/// </summary>
internal static class IncidentFilterSql
{
    public static (string Where, DynamicParameters Parameters) Build(IncidentFilter filter)
    {
        var where = new StringBuilder(Visibility.Counted("i"));
        var parameters = new DynamicParameters();
        parameters.Add("GuildId", filter.GuildId.HasValue ? checked((long)filter.GuildId.Value) : null);
        if (!string.IsNullOrWhiteSpace(filter.CountryCode))
        {
            where.Append(" AND i.country_code = @CountryCode");
            parameters.Add("CountryCode", filter.CountryCode.Trim().ToUpperInvariant());
        }

        if (filter.Since is { } since)
        {
            where.Append(" AND i.date >= @Since");
            parameters.Add("Since", IsoText.Date(since));
        }

        if (filter.Until is { } until)
        {
            where.Append(" AND i.date <= @Until");
            parameters.Add("Until", IsoText.Date(until));
        }

        if (!string.IsNullOrWhiteSpace(filter.GroupId))
        {
            where.Append(" AND i.id IN (SELECT ig.incident_id FROM incident_groups ig WHERE ig.group_id = @GroupId)");
            parameters.Add("GroupId", filter.GroupId.Trim());
        }

        if (filter.MinDeaths is { } minDeaths)
        {
            where.Append(" AND COALESCE(i.deaths_max, i.deaths_min) >= @MinDeaths");
            parameters.Add("MinDeaths", minDeaths);
        }

        if (!string.IsNullOrWhiteSpace(filter.Kind))
        {
            where.Append(" AND i.kind = @Kind COLLATE NOCASE");
            parameters.Add("Kind", filter.Kind.Trim());
        }

        var place = TextNormalizer.Fold(filter.Place);
        if (place.Length > 0)
        {
            // Whole-word match on the folded place or an alias: 'Kati' finds 'Kati (military camp)', not 'Katiba'.
            // The matching names are found in place_names (distinct names only), then their incidents by index.
            where.Append("""
                 AND (i.place_folded IN (SELECT n.folded FROM place_names n WHERE instr(' ' || n.folded || ' ', @PlaceWords) > 0)
                      OR i.id IN (SELECT a.incident_id FROM incident_place_aliases a
                                  WHERE a.alias_folded IN (SELECT n.folded FROM place_names n WHERE instr(' ' || n.folded || ' ', @PlaceWords) > 0)))
                """);
            parameters.Add("PlaceWords", $" {place} ");
        }

        return (where.ToString(), parameters);
    }
}
