using Dapper;
using SahelBot.Facts.Subscriptions;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Subscriptions;

public sealed class SubscriptionStoreTests : IClassFixture<CuratedStoreFixture>, IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly FactStore _store;
    private readonly SubscriptionStore _subscriptions;

    public SubscriptionStoreTests(CuratedStoreFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _store = fixture.CopyTo(_temp);
        _subscriptions = new SubscriptionStore(_store, TimeProvider.System);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ANewSubscriptionStartsAtTheNewestIncidentStored()
    {
        await _subscriptions.SubscribeAsync(Request(1), 0);

        using var connection = _store.OpenReadOnlyConnection();
        Assert.Equal(connection.ExecuteScalar<long>("SELECT max(rowid) FROM incidents"), connection.ExecuteScalar<long>("SELECT starts_after FROM subscriptions"));
    }

    [Fact]
    public async Task UnsubscribingDropsUnsentDeliveriesAndResubscribingRevivesTheSameRow()
    {
        await _subscriptions.SubscribeAsync(Request(1), 2);

        Assert.True(await _subscriptions.UnsubscribeAsync(900, 1, 42));
        var revived = await _subscriptions.SubscribeAsync(Request(1), 0);

        using var connection = _store.OpenReadOnlyConnection();
        Assert.True(revived.Created);
        Assert.Equal(1L, connection.ExecuteScalar<long>("SELECT count(*) FROM subscriptions"));
        Assert.Equal(2L, connection.ExecuteScalar<long>("SELECT count(*) FROM deliveries WHERE state = 'skipped'"));
    }

    [Fact]
    public async Task AnotherServerCannotChangeTheChannelsSubscription()
    {
        await _subscriptions.SubscribeAsync(Request(1), 0);

        Assert.False(await _subscriptions.PauseAsync(901, 1, 43));
        Assert.Equal(SubscriptionState.Active, (await _subscriptions.FindAsync(1))!.State);
    }

    private static SubscriptionRequest Request(ulong channel) => new(900, channel, new SubscriptionFilters(["NE"], [], [], null), "en-US", 42);
}
