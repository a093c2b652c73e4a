using Dapper;
using Microsoft.Data.Sqlite;

namespace SahelBot.Facts.Import;

/// <summary>
/// The curated (and moderator-added) incidents an imported event may duplicate, keyed by date, country
/// and folded place or place alias. A match on all three, to the day, links the imported event to it.
/// </summary>
internal sealed class CuratedIncidentIndex
{
    private readonly Dictionary<(string Date, string Country, string Place), string> byKey = [];

    private CuratedIncidentIndex()
    {
    }

    public static CuratedIncidentIndex Load(SqliteConnection connection)
    {
        var index = new CuratedIncidentIndex();
        var rows = connection.Query<(string Id, string Date, string Country, string Place)>(
            """
            SELECT i.id, i.date, i.country_code, i.place_folded FROM incidents i
            WHERE i.origin NOT IN ('acled', 'ucdp') AND i.guild_id IS NULL AND i.retracted_at IS NULL AND i.date_precision = 'day'
            UNION ALL
            SELECT i.id, i.date, i.country_code, a.alias_folded FROM incidents i JOIN incident_place_aliases a ON a.incident_id = i.id
            WHERE i.origin NOT IN ('acled', 'ucdp') AND i.guild_id IS NULL AND i.retracted_at IS NULL AND i.date_precision = 'day'
            ORDER BY 1
            """);
        foreach (var row in rows)
        {
            index.byKey.TryAdd((row.Date, row.Country, row.Place), row.Id);
        }

        return index;
    }

    /// <summary>The curated incident on the same day (yyyy-MM-dd), in the same country, at the same place; or null.</summary>
    public string? Find(string date, string countryCode, string placeFolded) =>
        placeFolded.Length == 0 ? null : byKey.GetValueOrDefault((date, countryCode, placeFolded));
}
