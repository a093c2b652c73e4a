using SahelBot.Discord.Gateway;

namespace SahelBot.Discord.Tests.Gateway;

public sealed class GatewayClientReconnectTests
{
    private const string ResumeUri = "wss://resume.test/?v=10&encoding=json";
    private const string GatewayUri = "wss://gateway.test/?v=10&encoding=json";

    [Fact]
    public async Task A_dropped_connection_resumes_on_the_resume_url_with_session_and_last_sequence()
    {
        await using var rig = new GatewayTestRig();
        await rig.StartSessionAsync("s-1", readySequence: 1);
        rig.Transport.PushDispatch("GUILD_CREATE", 7, """{"id":"1"}""");
        await GatewayTestRig.WaitUntilAsync(() => rig.Client.Sequence == 7);

        rig.Transport.PushDrop();
        var uri = await rig.Transport.WaitForConnectionAsync(2, rig.Time);
        rig.Transport.PushHello(1000);
        var resume = await rig.Transport.WaitForSentAsync(6);

        Assert.Equal(ResumeUri, uri.ToString());
        Assert.Equal("s-1", resume.D!["session_id"]!.GetValue<string>());
        Assert.Equal(7, resume.D!["seq"]!.GetValue<int>());
        Assert.Equal(GatewayTestRig.Token, resume.D!["token"]!.GetValue<string>());
        Assert.Single(rig.Transport.Sent, f => f.Op == 2);
    }

    [Fact]
    public async Task Resumed_session_keeps_receiving_dispatches()
    {
        await using var rig = new GatewayTestRig();
        var interactions = 0;
        rig.Client.InteractionCreated = (_, _) =>
        {
            Interlocked.Increment(ref interactions);
            return Task.CompletedTask;
        };
        await rig.StartSessionAsync();
        rig.Transport.PushDrop();
        await rig.Transport.WaitForConnectionAsync(2, rig.Time);
        rig.Transport.PushHello(1000);
        await rig.Transport.WaitForSentAsync(6);

        rig.Transport.PushDispatch("RESUMED", 2, "{}");
        rig.Transport.PushDispatch("INTERACTION_CREATE", 3, """{"id":"1","application_id":"2","type":2,"token":"t","version":1}""");

        await GatewayTestRig.WaitUntilAsync(() => Volatile.Read(ref interactions) == 1);
        Assert.Equal(3, rig.Client.Sequence);
    }

    [Fact]
    public async Task Invalid_session_not_resumable_identifies_again_on_the_gateway_url_after_a_pause()
    {
        await using var rig = new GatewayTestRig();
        await rig.StartSessionAsync();

        rig.Transport.Push("""{"op":9,"d":false}""");
        var uri = await rig.Transport.WaitForConnectionAsync(2, rig.Time);
        rig.Transport.PushHello(1000);
        await rig.Transport.WaitForSentAsync(2, count: 2, rig.Time);

        Assert.Equal(GatewayUri, uri.ToString());
        Assert.DoesNotContain(rig.Transport.Sent, f => f.Op == 6);
        Assert.Contains(rig.Time.RequestedDelays, d => d >= TimeSpan.FromSeconds(1) && d <= TimeSpan.FromSeconds(5));
        Assert.Null(rig.Client.SessionId);
    }

    [Fact]
    public async Task Invalid_session_resumable_resumes()
    {
        await using var rig = new GatewayTestRig();
        await rig.StartSessionAsync("s-9");

        rig.Transport.Push("""{"op":9,"d":true}""");
        var uri = await rig.Transport.WaitForConnectionAsync(2, rig.Time);
        rig.Transport.PushHello(1000);
        var resume = await rig.Transport.WaitForSentAsync(6);

        Assert.Equal(ResumeUri, uri.ToString());
        Assert.Equal("s-9", resume.D!["session_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reconnect_request_closes_with_a_resumable_code_and_resumes()
    {
        await using var rig = new GatewayTestRig();
        await rig.StartSessionAsync();

        rig.Transport.Push("""{"op":7,"d":null}""");
        var uri = await rig.Transport.WaitForConnectionAsync(2, rig.Time);
        rig.Transport.PushHello(1000);
        await rig.Transport.WaitForSentAsync(6);

        Assert.Equal(ResumeUri, uri.ToString());
        var close = Assert.Single(rig.Transport.ClientCloses);
        Assert.NotEqual(1000, close);
        Assert.NotEqual(1001, close);
    }

    [Fact]
    public async Task A_missing_heartbeat_ack_is_a_zombie_closed_with_a_non_1000_code_then_resumed()
    {
        await using var rig = new GatewayTestRig();
        await rig.StartSessionAsync("s-z", readySequence: 3);
        rig.Transport.AutoAckHeartbeats = false;

        rig.Time.Advance(TimeSpan.FromMilliseconds(500));
        await rig.Transport.WaitForSentAsync(1);
        var uri = await rig.Transport.WaitForConnectionAsync(2, rig.Time);
        rig.Transport.PushHello(1000);
        var resume = await rig.Transport.WaitForSentAsync(6);

        Assert.Equal(ResumeUri, uri.ToString());
        Assert.NotEqual(1000, Assert.Single(rig.Transport.ClientCloses));
        Assert.Equal(3, resume.D!["seq"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4008)]
    public async Task Resumable_close_codes_resume(int code)
    {
        await using var rig = new GatewayTestRig();
        await rig.StartSessionAsync();

        rig.Transport.PushClose(code);
        var uri = await rig.Transport.WaitForConnectionAsync(2, rig.Time);
        rig.Transport.PushHello(1000);
        await rig.Transport.WaitForSentAsync(6);

        Assert.Equal(ResumeUri, uri.ToString());
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task Session_ending_close_codes_start_a_new_session(int code)
    {
        await using var rig = new GatewayTestRig();
        await rig.StartSessionAsync();

        rig.Transport.PushClose(code);
        var uri = await rig.Transport.WaitForConnectionAsync(2, rig.Time);
        rig.Transport.PushHello(1000);
        await rig.Transport.WaitForSentAsync(2, count: 2, rig.Time);

        Assert.Equal(GatewayUri, uri.ToString());
        Assert.DoesNotContain(rig.Transport.Sent, f => f.Op == 6);
    }

    [Theory]
    [InlineData(4004, "the bot token was rejected")]
    [InlineData(4010, "invalid shard")]
    [InlineData(4011, "sharding required")]
    [InlineData(4012, "invalid API version")]
    [InlineData(4013, "invalid intents")]
    [InlineData(4014, "privileged intents not enabled")]
    public async Task Fatal_close_codes_stop_with_an_explanation_and_no_reconnect(int code, string explanation)
    {
        await using var rig = new GatewayTestRig();
        rig.Start();
        await rig.Transport.WaitForConnectionAsync(1);
        rig.Transport.PushHello(1000);
        await rig.Transport.WaitForSentAsync(2);

        rig.Transport.PushClose(code);
        var error = await Assert.ThrowsAsync<GatewayFatalException>(() => rig.Run.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(code, error.CloseCode);
        Assert.Contains(explanation, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(GatewayTestRig.Token, error.Message, StringComparison.Ordinal);
        Assert.Single(rig.Transport.Connections);
    }

    [Fact]
    public async Task Failed_connects_back_off_exponentially()
    {
        await using var rig = new GatewayTestRig();
        rig.Transport.FailNextConnects(3);
        rig.Start();

        await rig.Transport.WaitForConnectionAsync(4, rig.Time, TimeSpan.FromMilliseconds(250));

        // 1 s base doubling per failure, times 0.75 for the fixed jitter of 0.5.
        var delays = rig.Time.RequestedDelays;
        Assert.Contains(TimeSpan.FromSeconds(0.75), delays);
        Assert.Contains(TimeSpan.FromSeconds(1.5), delays);
        Assert.Contains(TimeSpan.FromSeconds(3), delays);
    }

    [Fact]
    public async Task Cancelling_the_run_closes_the_connection_normally()
    {
        var rig = new GatewayTestRig();
        await rig.StartSessionAsync();

        await rig.DisposeAsync();

        Assert.True(rig.Run.IsCanceled);
        Assert.Equal(1000, Assert.Single(rig.Transport.ClientCloses));
    }

    [Fact]
    public async Task A_token_rejected_by_gateway_bot_is_fatal_without_connecting()
    {
        var rejected = new SahelBot.Discord.Rest.DiscordRestException(System.Net.HttpStatusCode.Unauthorized, 0, "401: Unauthorized", "GET /gateway/bot");
        await using var rig = new GatewayTestRig(gatewayBotFailure: rejected);
        rig.Start();

        var error = await Assert.ThrowsAsync<GatewayFatalException>(() => rig.Run.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Contains("token was rejected", error.Message, StringComparison.Ordinal);
        Assert.Empty(rig.Transport.Connections);
    }

    [Fact]
    public async Task An_unreachable_gateway_bot_endpoint_is_retried()
    {
        await using var rig = new GatewayTestRig(gatewayBotFailure: new HttpRequestException("connection refused"));
        rig.Start();

        await GatewayTestRig.WaitUntilAsync(() =>
        {
            rig.Time.Advance(TimeSpan.FromSeconds(1));
            return rig.GatewayBotCalls >= 3;
        });

        Assert.False(rig.Run.IsCompleted);
    }

    [Fact]
    public async Task An_unreadable_frame_reconnects_and_resumes_instead_of_stopping()
    {
        await using var rig = new GatewayTestRig();
        await rig.StartSessionAsync("s-bad");

        rig.Transport.Push("{not json");
        var uri = await rig.Transport.WaitForConnectionAsync(2, rig.Time);
        rig.Transport.PushHello(1000);
        await rig.Transport.WaitForSentAsync(6);

        Assert.Equal(ResumeUri, uri.ToString());
    }
}
