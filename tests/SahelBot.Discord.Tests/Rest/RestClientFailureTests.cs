using System.Net;
using SahelBot.Discord.Models;
using SahelBot.Discord.Rest;
using SahelBot.Discord.Testing;
using SahelBot.Discord.Testing.Rest;
using SahelBot.Discord.Testing.Time;

namespace SahelBot.Discord.Tests.Rest;

public sealed class RestClientFailureTests : IAsyncLifetime
{
    private const string MessagesRoute = "/channels/{channel_id}/messages";
    private FakeDiscordServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions());

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_429_waits_retry_after_from_the_body_then_succeeds()
    {
        var time = new RecordingTimeProvider();
        var client = RestTestClient.Create(_server, time);
        _server.FailNext("POST", MessagesRoute, FakeFailure.RateLimited(0.25));

        var message = await client.CreateMessageAsync(1, new MessageCreateRequest { Content = "x" }, null, CancellationToken.None);

        Assert.Equal("x", message.Content);
        Assert.Equal([429, 200], _server.Requests.Select(r => r.ResponseStatus));
        // Measured from when the 429 arrived, so a little under retry_after by the time the wait starts.
        Assert.Contains(time.RequestedDelays, d => d > TimeSpan.Zero && d <= TimeSpan.FromMilliseconds(250));
    }

    [Fact]
    public async Task A_global_429_is_waited_out_then_retried()
    {
        var time = new RecordingTimeProvider();
        var client = RestTestClient.Create(_server, time);
        _server.FailNext("POST", MessagesRoute, FakeFailure.RateLimited(0.3, global: true));

        var message = await client.CreateMessageAsync(1, new MessageCreateRequest { Content = "x" }, null, CancellationToken.None);

        Assert.Equal("x", message.Content);
        Assert.Equal([429, 200], _server.Requests.Select(r => r.ResponseStatus));
        Assert.Contains(time.RequestedDelays, d => d > TimeSpan.Zero && d <= TimeSpan.FromMilliseconds(300));
    }

    [Fact]
    public async Task Exhausted_bucket_is_waited_out_so_discord_never_answers_429()
    {
        await using var strict = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { BucketLimit = 2, BucketWindow = TimeSpan.FromMilliseconds(300) });
        var client = RestTestClient.Create(strict);

        for (var i = 0; i < 5; i++)
        {
            await client.CreateMessageAsync(1, new MessageCreateRequest { Content = $"m{i}" }, null, CancellationToken.None);
        }

        await Task.WhenAll(Enumerable.Range(0, 5).Select(i => client.CreateMessageAsync(1, new MessageCreateRequest { Content = $"c{i}" }, null, CancellationToken.None)));

        Assert.Equal(10, strict.Requests.Count);
        Assert.All(strict.Requests, r => Assert.Equal(200, r.ResponseStatus));
    }

    [Fact]
    public async Task Buckets_for_different_channels_are_separate()
    {
        await using var strict = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { BucketLimit = 1, BucketWindow = TimeSpan.FromSeconds(30) });
        var client = RestTestClient.Create(strict);

        await client.CreateMessageAsync(1, new MessageCreateRequest { Content = "a" }, null, CancellationToken.None);
        await client.CreateMessageAsync(2, new MessageCreateRequest { Content = "b" }, null, CancellationToken.None);

        Assert.All(strict.Requests, r => Assert.Equal(200, r.ResponseStatus));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task Server_errors_are_retried_until_success(int status)
    {
        var client = RestTestClient.Create(_server);
        _server.FailNext("POST", MessagesRoute, FakeFailure.ServerError(status), times: 2);

        var message = await client.CreateMessageAsync(1, new MessageCreateRequest { Content = "x" }, null, CancellationToken.None);

        Assert.Equal("x", message.Content);
        Assert.Equal([status, status, 200], _server.Requests.Select(r => r.ResponseStatus));
    }

    [Fact]
    public async Task Server_errors_give_up_after_the_bounded_attempts()
    {
        var client = RestTestClient.Create(_server);
        _server.FailNext("POST", MessagesRoute, FakeFailure.ServerError(500), times: 10);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => client.CreateMessageAsync(1, new MessageCreateRequest { Content = "x" }, null, CancellationToken.None));

        Assert.Equal(HttpStatusCode.InternalServerError, error.Status);
        Assert.Equal(RestTestClient.FastRetries.MaxAttempts, _server.Requests.Count);
    }

    [Fact]
    public async Task A_timed_out_attempt_is_retried()
    {
        var client = RestTestClient.Create(_server, retry: RestTestClient.FastRetries with { AttemptTimeout = TimeSpan.FromMilliseconds(300) });
        _server.FailNext("POST", MessagesRoute, FakeFailure.Stall(TimeSpan.FromSeconds(30)));

        var message = await client.CreateMessageAsync(1, new MessageCreateRequest { Content = "late" }, null, CancellationToken.None);

        Assert.Equal("late", message.Content);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Theory]
    [InlineData(403, 50013, "Missing Permissions")]
    [InlineData(403, 50001, "Missing Access")]
    [InlineData(404, 10003, "Unknown Channel")]
    public async Task Client_errors_surface_the_discord_json_code_without_retrying(int status, int code, string message)
    {
        var client = RestTestClient.Create(_server);
        _server.FailNext("POST", MessagesRoute, FakeFailure.DiscordError(status, code, message), times: 3);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => client.CreateMessageAsync(1, new MessageCreateRequest { Content = "x" }, null, CancellationToken.None));

        Assert.Equal(code, error.Code);
        Assert.Equal((HttpStatusCode)status, error.Status);
        Assert.Equal(message, error.DiscordMessage);
        Assert.Equal("POST /channels/{channel_id}/messages", error.Route);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Errors_on_token_routes_name_the_template_not_the_token()
    {
        var client = RestTestClient.Create(_server);
        _server.FailNext("PATCH", "/webhooks/{application_id}/{interaction_token}/messages/@original", FakeFailure.DiscordError(404, 10015, "Unknown Webhook"));

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => client.EditOriginalAsync(1, "secret-interaction-token", new InteractionCallbackData { Content = "x" }, null, CancellationToken.None));

        Assert.Equal(10015, error.Code);
        Assert.DoesNotContain("secret-interaction-token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_token_is_a_401_that_is_not_retried()
    {
        await using var guarded = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { BotToken = "the-right-one" });
        var client = RestTestClient.Create(guarded);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => client.GetGatewayBotAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, error.Status);
        Assert.DoesNotContain(RestTestClient.Token, error.Message, StringComparison.Ordinal);
        Assert.Single(guarded.Requests);
    }

    [Fact]
    public async Task A_call_cancelled_by_its_caller_does_not_block_the_next_call_on_the_route()
    {
        var client = RestTestClient.Create(_server);
        _server.FailNext("POST", MessagesRoute, FakeFailure.Stall(TimeSpan.FromSeconds(30)));
        using var cancel = new CancellationTokenSource();
        var first = client.CreateMessageAsync(1, new MessageCreateRequest { Content = "slow" }, null, cancel.Token);
        await WaitUntilAsync(() => _server.Requests.Count == 1);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        var second = await client.CreateMessageAsync(1, new MessageCreateRequest { Content = "next" }, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("next", second.Content);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(5, cts.Token);
        }
    }
}
