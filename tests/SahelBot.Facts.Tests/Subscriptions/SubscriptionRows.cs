using Dapper;

namespace SahelBot.Facts.Tests.Subscriptions;

/// <summary>Subscription rows written straight into a store copy, for tests of what the store does with them.</summary>
public static class SubscriptionRows
{
    public static void Add(FactStore store, ulong channelId, string countries = "[]", string groups = "[]", string kinds = "[]", int? minDeaths = null, string state = "active", ulong guildId = 900)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var connection = store.OpenConnection();
        connection.Execute(
            """
            INSERT INTO subscriptions (guild_id, channel_id, countries, groups, kinds, min_deaths, state, starts_after, created_by, created_at, updated_by, updated_at)
            VALUES (@GuildId, @ChannelId, @Countries, @Groups, @Kinds, @MinDeaths, @State, (SELECT COALESCE(max(rowid), 0) FROM incidents), '42', '2026-11-25T00:00:00.0000000Z', '42', '2026-11-25T00:00:00.0000000Z')
            """,
            new { GuildId = (long)guildId, ChannelId = (long)channelId, Countries = countries, Groups = groups, Kinds = kinds, MinDeaths = minDeaths, State = state });
    }

    public static IReadOnlyList<(string IncidentId, long ChannelId)> Deliveries(FactStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var connection = store.OpenReadOnlyConnection();
        return connection.Query<(string, long)>("SELECT incident_id, channel_id FROM deliveries ORDER BY incident_id, channel_id").ToList();
    }
}
