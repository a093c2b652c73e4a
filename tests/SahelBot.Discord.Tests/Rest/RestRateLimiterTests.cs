using SahelBot.Discord.Rest;
using SahelBot.Discord.Testing.Time;

namespace SahelBot.Discord.Tests.Rest;

public sealed class RestRateLimiterTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public async Task Only_one_request_goes_out_on_a_route_whose_limits_are_unknown()
    {
        var limiter = new RestRateLimiter(_time);
        var route = Messages(1);

        await limiter.AcquireAsync(route, CancellationToken.None);
        var second = limiter.AcquireAsync(route, CancellationToken.None).AsTask();
        await Task.Yield();
        Assert.False(second.IsCompleted);

        limiter.Update(route, Headers(limit: 5, remaining: 4, resetAfter: 5, bucket: "b1"));
        await second.WaitAsync(Patience);
    }

    [Fact]
    public async Task An_exhausted_bucket_waits_until_reset_after()
    {
        var limiter = new RestRateLimiter(_time);
        var route = Messages(1);
        await limiter.AcquireAsync(route, CancellationToken.None);
        limiter.Update(route, Headers(limit: 5, remaining: 0, resetAfter: 2, bucket: "b1"));

        var next = limiter.AcquireAsync(route, CancellationToken.None).AsTask();
        _time.Advance(TimeSpan.FromSeconds(1.9));
        await Task.Yield();
        Assert.False(next.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(0.2));
        await next.WaitAsync(Patience);
    }

    [Fact]
    public async Task Routes_with_the_same_bucket_hash_and_channel_share_one_budget()
    {
        var limiter = new RestRateLimiter(_time);
        var create = Messages(1);
        var other = RestRoute.Channel(HttpMethod.Delete, "/channels/{channel_id}/messages/{message_id}", 1, "/channels/1/messages/5");
        await limiter.AcquireAsync(create, CancellationToken.None);
        limiter.Update(create, Headers(limit: 5, remaining: 3, resetAfter: 5, bucket: "shared"));
        await limiter.AcquireAsync(other, CancellationToken.None);
        limiter.Update(other, Headers(limit: 5, remaining: 0, resetAfter: 5, bucket: "shared"));

        var blocked = limiter.AcquireAsync(create, CancellationToken.None).AsTask();
        await Task.Yield();

        Assert.False(blocked.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(5));
        await blocked.WaitAsync(Patience);
    }

    [Fact]
    public async Task The_same_bucket_on_another_channel_is_not_held()
    {
        var limiter = new RestRateLimiter(_time);
        await limiter.AcquireAsync(Messages(1), CancellationToken.None);
        limiter.Update(Messages(1), Headers(limit: 5, remaining: 0, resetAfter: 5, bucket: "b1"));

        await limiter.AcquireAsync(Messages(2), CancellationToken.None).AsTask().WaitAsync(Patience);
    }

    [Fact]
    public async Task A_route_429_holds_that_route_for_retry_after()
    {
        var limiter = new RestRateLimiter(_time);
        await limiter.AcquireAsync(Messages(1), CancellationToken.None);
        limiter.OnRateLimited(Messages(1), TimeSpan.FromSeconds(3), global: false);

        var held = limiter.AcquireAsync(Messages(1), CancellationToken.None).AsTask();
        var other = limiter.AcquireAsync(Messages(2), CancellationToken.None).AsTask();
        await other.WaitAsync(Patience);
        Assert.False(held.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(3));
        await held.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_global_429_holds_every_route_including_interaction_callbacks()
    {
        var limiter = new RestRateLimiter(_time);
        limiter.OnRateLimited(Messages(1), TimeSpan.FromSeconds(2), global: true);

        var message = limiter.AcquireAsync(Messages(7), CancellationToken.None).AsTask();
        var callback = limiter.AcquireAsync(Callback(1), CancellationToken.None).AsTask();
        await Task.Yield();
        Assert.False(message.IsCompleted);
        Assert.False(callback.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(2));
        await Task.WhenAll(message, callback).WaitAsync(Patience);
    }

    [Fact]
    public async Task The_global_window_lets_fifty_requests_a_second_through()
    {
        var limiter = new RestRateLimiter(_time);
        for (var channel = 1UL; channel <= 50; channel++)
        {
            await limiter.AcquireAsync(Messages(channel), CancellationToken.None).AsTask().WaitAsync(Patience);
        }

        var fiftyFirst = limiter.AcquireAsync(Messages(51), CancellationToken.None).AsTask();
        await Task.Yield();
        Assert.False(fiftyFirst.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(1));
        await fiftyFirst.WaitAsync(Patience);
    }

    [Fact]
    public async Task Interaction_routes_do_not_count_against_the_global_window()
    {
        var limiter = new RestRateLimiter(_time);
        for (var id = 1UL; id <= 80; id++)
        {
            await limiter.AcquireAsync(Callback(id), CancellationToken.None).AsTask().WaitAsync(Patience);
        }

        await limiter.AcquireAsync(Messages(1), CancellationToken.None).AsTask().WaitAsync(Patience);
    }

    [Fact]
    public async Task A_request_without_an_answer_releases_the_unknown_bucket()
    {
        var limiter = new RestRateLimiter(_time);
        await limiter.AcquireAsync(Messages(1), CancellationToken.None);
        var second = limiter.AcquireAsync(Messages(1), CancellationToken.None).AsTask();

        limiter.Update(Messages(1), null);

        await second.WaitAsync(Patience);
    }

    private static RestRoute Messages(ulong channel) =>
        RestRoute.Channel(HttpMethod.Post, "/channels/{channel_id}/messages", channel, $"/channels/{channel}/messages");

    private static RestRoute Callback(ulong id) =>
        RestRoute.Interaction(HttpMethod.Post, "/interactions/{interaction_id}/{interaction_token}/callback", $"interaction:{id}", $"/interactions/{id}/t/callback");

    private static RateLimitHeaders Headers(int limit, int remaining, double resetAfter, string bucket) =>
        new(limit, remaining, TimeSpan.FromSeconds(resetAfter), bucket, false, null, null);
}
