using Dapper;
using SahelBot.Facts.Subscriptions;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Subscriptions;

public sealed class DeliveryPlannerTests : IClassFixture<CuratedStoreFixture>, IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly FactStore _store;

    public DeliveryPlannerTests(CuratedStoreFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _store = fixture.CopyTo(_temp);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ANewIncidentIsQueuedOnceForEachMatchingChannelInItsOwnTransaction()
    {
        SubscriptionRows.Add(_store, 1, countries: """["NE"]""");
        SubscriptionRows.Add(_store, 2, countries: """["ML","NE"]""");
        SubscriptionRows.Add(_store, 3, countries: """["ML"]""");

        await AddIncidentAndPlanAsync("inc-new-1", "NE");

        Assert.Equal([("inc-new-1", 1L), ("inc-new-1", 2L)], SubscriptionRows.Deliveries(_store));
    }

    [Fact]
    public async Task PlanningTwiceQueuesNothingMore()
    {
        SubscriptionRows.Add(_store, 1);
        await AddIncidentAndPlanAsync("inc-new-1", "NE");

        await _store.WriteAsync((connection, transaction) => DeliveryPlanner.PlanForIncidentAsync(connection, transaction, "inc-new-1"));

        Assert.Single(SubscriptionRows.Deliveries(_store));
    }

    [Fact]
    public async Task ARolledBackIncidentLeavesNoDelivery()
    {
        SubscriptionRows.Add(_store, 1);

        await Assert.ThrowsAsync<InvalidOperationException>(() => _store.WriteAsync(async (connection, transaction) =>
        {
            await InsertIncidentAsync(connection, transaction, "inc-new-1", "NE", deaths: 3, groupId: null);
            await DeliveryPlanner.PlanForIncidentAsync(connection, transaction, "inc-new-1");
            throw new InvalidOperationException("the moderator's write failed after planning");
        }));

        Assert.Empty(SubscriptionRows.Deliveries(_store));
    }

    [Fact]
    public async Task FiltersAreAndedAcrossKindsAndOredWithinOne()
    {
        SubscriptionRows.Add(_store, 1, countries: """["NE","ML"]""", groups: """["grp-002","grp-001"]""", minDeaths: 10);
        SubscriptionRows.Add(_store, 2, countries: """["NE"]""", kinds: """["ambush"]""");

        await AddIncidentAndPlanAsync("inc-match", "ML", deaths: 12, groupId: "grp-001");
        await AddIncidentAndPlanAsync("inc-too-few", "NE", deaths: 9, groupId: "grp-002");
        await AddIncidentAndPlanAsync("inc-other-group", "NE", deaths: 50, groupId: "grp-003");

        Assert.Equal([("inc-match", 1L)], SubscriptionRows.Deliveries(_store));
    }

    [Fact]
    public async Task PausedRemovedAndOtherServersChannelsGetNothing()
    {
        SubscriptionRows.Add(_store, 1, state: "paused");
        SubscriptionRows.Add(_store, 2, state: "removed");
        SubscriptionRows.Add(_store, 3, state: "discord_paused");
        SubscriptionRows.Add(_store, 4, guildId: 901);

        await AddIncidentAndPlanAsync("inc-server-only", "NE", guildId: 900);

        Assert.Empty(SubscriptionRows.Deliveries(_store));
    }

    [Fact]
    public async Task AnIncidentStoredBeforeTheSubscriptionStartedIsNotQueued()
    {
        await _store.WriteAsync((connection, transaction) => InsertIncidentAsync(connection, transaction, "inc-old", "NE", 3, null));
        SubscriptionRows.Add(_store, 1);

        await _store.WriteAsync((connection, transaction) => DeliveryPlanner.PlanForIncidentAsync(connection, transaction, "inc-old"));

        Assert.Empty(SubscriptionRows.Deliveries(_store));
    }

    private Task AddIncidentAndPlanAsync(string id, string country, int deaths = 3, string? groupId = null, ulong? guildId = null) =>
        _store.WriteAsync(async (connection, transaction) =>
        {
            await InsertIncidentAsync(connection, transaction, id, country, deaths, groupId, guildId);
            await DeliveryPlanner.PlanForIncidentAsync(connection, transaction, id);
        });

    private static async Task InsertIncidentAsync(Microsoft.Data.Sqlite.SqliteConnection connection, Microsoft.Data.Sqlite.SqliteTransaction transaction, string id, string country, int deaths, string? groupId, ulong? guildId = null)
    {
        await connection.ExecuteAsync(
            """
            INSERT INTO incidents (id, date, date_precision, country_code, place, place_folded, kind, deaths_min, summary, origin, created_at, created_by, guild_id)
            VALUES (@Id, '2026-11-20', 'day', @Country, 'Testville', 'testville', 'attack on military', @Deaths, 'Test.', 'moderator', '2026-11-25T00:00:00.0000000Z', '42', @GuildId)
            """,
            new { Id = id, Country = country, Deaths = deaths, GuildId = (long?)guildId },
            transaction);
        if (groupId is not null)
        {
            await connection.ExecuteAsync(
                "INSERT INTO incident_groups (incident_id, group_id, role, ordinal) VALUES (@Id, @GroupId, 'perpetrator', 1)",
                new { Id = id, GroupId = groupId },
                transaction);
        }
    }
}
