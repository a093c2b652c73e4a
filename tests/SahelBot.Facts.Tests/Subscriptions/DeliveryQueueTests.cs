using Dapper;
using SahelBot.Facts.Subscriptions;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Subscriptions;

public sealed class DeliveryQueueTests : IClassFixture<CuratedStoreFixture>, IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly FactStore _store;
    private readonly DeliveryQueue _queue;

    public DeliveryQueueTests(CuratedStoreFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _store = fixture.CopyTo(_temp);
        _queue = new DeliveryQueue(_store, TimeProvider.System);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task UpToFiveNewIncidentsForAChannelAreClaimedOneMessageEach()
    {
        SubscriptionRows.Add(_store, 1);
        await AddIncidentsAsync(5);

        var claims = await _queue.ClaimAsync(100);

        Assert.Equal(5, claims.Count);
        Assert.All(claims, c => Assert.Equal(DeliveryNonce.ForIncident(c.IncidentIds.Single(), 1), c.Nonce));
    }

    [Fact]
    public async Task MoreThanFiveNewIncidentsForAChannelAreClaimedAsOneDigest()
    {
        SubscriptionRows.Add(_store, 1);
        SubscriptionRows.Add(_store, 2);
        await AddIncidentsAsync(6);

        var claims = await _queue.ClaimAsync(100);

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.True(c.IsDigest && c.IncidentIds.Count == 6 && c.Nonce.StartsWith('g')));
    }

    [Fact]
    public async Task AClaimLeftInFlightIsClaimedAgainWithTheSameNonceAndGrouping()
    {
        SubscriptionRows.Add(_store, 1);
        await AddIncidentsAsync(7);
        var first = (await _queue.ClaimAsync(100)).Single();

        var requeued = await _queue.RequeueInFlightAsync();
        var again = (await _queue.ClaimAsync(100)).Single();

        Assert.Equal(7, requeued);
        Assert.Equal(first.Nonce, again.Nonce);
        Assert.Equal(first.IncidentIds.Order(), again.IncidentIds.Order());
        Assert.Equal(1, again.Attempts);
    }

    [Fact]
    public async Task NothingIsClaimedForAPausedChannel()
    {
        SubscriptionRows.Add(_store, 1);
        await AddIncidentsAsync(1);
        var claim = (await _queue.ClaimAsync(100)).Single();
        await _queue.PauseForDiscordAsync(claim, 10003, "Unknown Channel");

        Assert.Empty(await _queue.ClaimAsync(100));
        using var connection = _store.OpenReadOnlyConnection();
        Assert.Equal(("discord_paused", "Unknown Channel", 10003L), connection.QuerySingle<(string, string, long)>("SELECT state, reason, error_code FROM subscriptions"));
    }

    [Fact]
    public async Task ARetryIsNotClaimedBeforeItsTime()
    {
        SubscriptionRows.Add(_store, 1);
        await AddIncidentsAsync(1);
        var claim = (await _queue.ClaimAsync(100)).Single();

        await _queue.RecordRetryAsync(claim, 503, "503 Service Unavailable", DateTimeOffset.UtcNow.AddHours(1));

        Assert.Empty(await _queue.ClaimAsync(100));
    }

    private Task AddIncidentsAsync(int count) => _store.WriteAsync(async (connection, transaction) =>
    {
        for (var n = 1; n <= count; n++)
        {
            var id = $"inc-q-{n}";
            await connection.ExecuteAsync(
                """
                INSERT INTO incidents (id, date, date_precision, country_code, place, place_folded, kind, summary, origin, created_at, created_by)
                VALUES (@Id, '2026-11-20', 'day', 'NE', 'Testville', 'testville', 'ambush', 'Test.', 'moderator', '2026-11-25T00:00:00.0000000Z', '42')
                """,
                new { Id = id },
                transaction);
            await DeliveryPlanner.PlanForIncidentAsync(connection, transaction, id);
        }
    });
}
