namespace SahelBot.Facts.Subscriptions;

/// <summary>
/// The one rule for "this incident belongs in this channel", as SQL over incident <c>i</c> and subscription <c>s</c>:
/// filters ANDed across kinds (country, group, kind, toll) and ORed within one; only listed, counted incidents
/// (not retracted, not an imported copy of a curated one) that the channel's server may see.
/// </summary>
internal static class SubscriptionMatchSql
{
    public const string Matches = """
        i.retracted_at IS NULL
        AND i.duplicate_of IS NULL
        AND (i.guild_id IS NULL OR i.guild_id = s.guild_id)
        AND (s.countries = '[]' OR i.country_code IN (SELECT value FROM json_each(s.countries)))
        AND (s.kinds = '[]' OR i.kind IN (SELECT value FROM json_each(s.kinds)))
        AND (s.min_deaths IS NULL OR COALESCE(i.deaths_max, i.deaths_min) >= s.min_deaths)
        AND (s.groups = '[]'
             OR EXISTS (SELECT 1 FROM incident_groups g WHERE g.incident_id = i.id AND g.group_id IN (SELECT value FROM json_each(s.groups)))
             OR EXISTS (SELECT 1 FROM incident_actors a WHERE a.incident_id = i.id AND a.group_id IN (SELECT value FROM json_each(s.groups))))
        """;

    /// <summary>SQLite's clock in the store's timestamp shape, for rows written by callers that carry no clock.</summary>
    public const string Now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
}
