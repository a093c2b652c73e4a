using SahelBot.Discord.Gateway;

namespace SahelBot.Discord.Tests.Gateway;

public sealed class GatewayClientSessionTests
{
    [Fact]
    public async Task Connects_to_the_gateway_bot_url_with_version_and_encoding()
    {
        await using var rig = new GatewayTestRig();
        rig.Start();

        var uri = await rig.Transport.WaitForConnectionAsync(1);

        Assert.Equal("wss://gateway.test/?v=10&encoding=json", uri.ToString());
    }

    [Fact]
    public async Task Hello_is_answered_with_identify_carrying_raw_token_guilds_intent_and_shard()
    {
        await using var rig = new GatewayTestRig(shardId: 1, shardCount: 3);
        rig.Start();
        await rig.Transport.WaitForConnectionAsync(1);

        rig.Transport.PushHello(1000);
        var identify = await rig.Transport.WaitForSentAsync(2);

        Assert.Equal(GatewayTestRig.Token, identify.D!["token"]!.GetValue<string>());
        Assert.Equal(1, identify.D!["intents"]!.GetValue<int>());
        Assert.Equal([1, 3], identify.D!["shard"]!.AsArray().Select(n => n!.GetValue<int>()));
        Assert.False(string.IsNullOrEmpty(identify.D!["properties"]!["os"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(identify.D!["properties"]!["browser"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(identify.D!["properties"]!["device"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Ready_keeps_session_id_resume_url_and_sequence()
    {
        await using var rig = new GatewayTestRig();

        await rig.StartSessionAsync("abc", readySequence: 4);

        Assert.Equal("abc", rig.Client.SessionId);
        Assert.Equal(GatewayTestRig.ResumeUrl, rig.Client.ResumeGatewayUrl);
        Assert.Equal(4, rig.Client.Sequence);
    }

    [Fact]
    public async Task First_heartbeat_waits_interval_times_jitter()
    {
        await using var rig = new GatewayTestRig();
        await rig.StartSessionAsync();

        rig.Time.Advance(TimeSpan.FromMilliseconds(490));
        await Task.Delay(20);
        Assert.DoesNotContain(rig.Transport.Sent, f => f.Op == 1);

        rig.Time.Advance(TimeSpan.FromMilliseconds(10));
        await rig.Transport.WaitForSentAsync(1);
    }

    [Fact]
    public async Task Heartbeats_carry_the_last_sequence_and_repeat_every_interval()
    {
        await using var rig = new GatewayTestRig();
        await rig.StartSessionAsync(readySequence: 1);
        rig.Transport.PushDispatch("GUILD_CREATE", 5, """{"id":"1"}""");
        await GatewayTestRig.WaitUntilAsync(() => rig.Client.Sequence == 5);

        rig.Time.Advance(TimeSpan.FromMilliseconds(500));
        var first = await rig.Transport.WaitForSentAsync(1);
        rig.Transport.PushHeartbeatAck();
        await Task.Delay(20);
        rig.Time.Advance(TimeSpan.FromMilliseconds(1000));
        await rig.Transport.WaitForSentAsync(1, count: 2);

        Assert.Equal(5, first.D!.GetValue<int>());
    }

    [Fact]
    public async Task A_heartbeat_request_from_discord_is_answered_at_once()
    {
        await using var rig = new GatewayTestRig();
        await rig.StartSessionAsync(readySequence: 2);

        rig.Transport.Push("""{"op":1,"d":null}""");
        var beat = await rig.Transport.WaitForSentAsync(1);

        Assert.Equal(2, beat.D!.GetValue<int>());
    }

    [Fact]
    public async Task Interaction_create_reaches_the_callback()
    {
        await using var rig = new GatewayTestRig();
        var received = new TaskCompletionSource<Models.Interaction>();
        rig.Client.InteractionCreated = (interaction, _) =>
        {
            received.TrySetResult(interaction);
            return Task.CompletedTask;
        };
        await rig.StartSessionAsync();

        rig.Transport.PushDispatch("INTERACTION_CREATE", 2, """{"id":"1536301845188149683","application_id":"1434874753845916506","type":2,"token":"itok","version":1,"data":{"id":"9","name":"attacks","type":1}}""");
        var interaction = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1536301845188149683UL, interaction.Id);
        Assert.Equal("itok", interaction.Token);
        Assert.Equal("attacks", interaction.Data!.Name);
    }

    [Fact]
    public async Task A_failing_interaction_callback_does_not_end_the_session()
    {
        await using var rig = new GatewayTestRig();
        var calls = 0;
        rig.Client.InteractionCreated = (_, _) =>
        {
            Interlocked.Increment(ref calls);
            throw new InvalidOperationException("handler bug");
        };
        await rig.StartSessionAsync();

        rig.Transport.PushDispatch("INTERACTION_CREATE", 2, """{"id":"1","application_id":"2","type":2,"token":"t","version":1}""");
        rig.Transport.PushDispatch("INTERACTION_CREATE", 3, """{"id":"2","application_id":"2","type":2,"token":"t","version":1}""");
        await GatewayTestRig.WaitUntilAsync(() => Volatile.Read(ref calls) == 2);

        Assert.Single(rig.Transport.Connections);
        Assert.False(rig.Run.IsCompleted);
    }

    [Fact]
    public async Task Guild_delete_reaches_its_callback_with_the_unavailable_flag()
    {
        await using var rig = new GatewayTestRig();
        var received = new TaskCompletionSource<(ulong, bool)>();
        rig.Client.GuildDeleted = (id, unavailable, _) =>
        {
            received.TrySetResult((id, unavailable));
            return Task.CompletedTask;
        };
        await rig.StartSessionAsync();

        rig.Transport.PushDispatch("GUILD_DELETE", 2, """{"id":"842732981454065414"}""");

        Assert.Equal((842732981454065414UL, false), await received.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task No_session_is_started_while_session_start_remaining_is_zero_until_reset_after()
    {
        await using var rig = new GatewayTestRig(remainingSessions: 0, resetAfterMs: 60_000);
        rig.Start();
        await GatewayTestRig.WaitUntilAsync(() => rig.Time.PendingTimers > 0);

        rig.Time.Advance(TimeSpan.FromSeconds(59));
        await Task.Delay(20);
        Assert.Empty(rig.Transport.Connections);

        rig.Time.Advance(TimeSpan.FromSeconds(1));
        await rig.Transport.WaitForConnectionAsync(1);
        rig.Transport.PushHello(100_000);
        await rig.Transport.WaitForSentAsync(2);
    }

    [Fact]
    public async Task Gateway_url_is_fetched_once_and_reused_for_new_sessions()
    {
        await using var rig = new GatewayTestRig();
        await rig.StartSessionAsync();

        rig.Transport.Push("""{"op":9,"d":false}""");
        var second = await rig.Transport.WaitForConnectionAsync(2, rig.Time);

        Assert.Equal("wss://gateway.test/?v=10&encoding=json", second.ToString());
        Assert.Equal(1, rig.GatewayBotCalls);
    }

    [Fact]
    public async Task Full_lifecycle_identify_heartbeat_drop_resume_invalid_session_identify()
    {
        await using var rig = new GatewayTestRig();
        await rig.StartSessionAsync("life", readySequence: 1);
        rig.Time.Advance(TimeSpan.FromMilliseconds(500));
        var beat = await rig.Transport.WaitForSentAsync(1);
        Assert.Equal(1, beat.D!.GetValue<int>());

        rig.Transport.PushDrop();
        await rig.Transport.WaitForConnectionAsync(2, rig.Time);
        rig.Transport.PushHello(1000);
        var resume = await rig.Transport.WaitForSentAsync(6);
        Assert.Equal("life", resume.D!["session_id"]!.GetValue<string>());
        Assert.Equal(1, resume.D!["seq"]!.GetValue<int>());

        rig.Transport.Push("""{"op":9,"d":false}""");
        var third = await rig.Transport.WaitForConnectionAsync(3, rig.Time);
        rig.Transport.PushHello(1000);
        await rig.Transport.WaitForSentAsync(2, count: 2, rig.Time);

        Assert.Equal("wss://gateway.test/?v=10&encoding=json", third.ToString());
    }

    [Fact]
    public async Task No_more_than_120_payloads_go_out_per_minute_on_one_connection()
    {
        await using var rig = new GatewayTestRig();
        await rig.StartSessionAsync();

        for (var i = 0; i < 125; i++)
        {
            rig.Transport.Push("""{"op":1,"d":null}""");
        }

        // IDENTIFY was the first of the 120.
        await rig.Transport.WaitForSentAsync(1, count: 119);
        await Task.Delay(50);
        Assert.Equal(119, rig.Transport.Sent.Count(f => f.Op == 1));

        rig.Time.Advance(TimeSpan.FromSeconds(60));
        await rig.Transport.WaitForSentAsync(1, count: 124);
    }

    [Fact]
    public async Task Identifies_are_at_least_the_identify_window_apart()
    {
        await using var rig = new GatewayTestRig();
        var start = rig.Time.GetUtcNow();
        await rig.StartSessionAsync();

        rig.Transport.Push("""{"op":9,"d":false}""");
        await rig.Transport.WaitForConnectionAsync(2, rig.Time, TimeSpan.FromMilliseconds(50));
        rig.Transport.PushHello(100_000);
        await rig.Transport.WaitForSentAsync(2, count: 2);

        Assert.True(rig.Time.GetUtcNow() - start >= TimeSpan.FromSeconds(5), $"second IDENTIFY after {rig.Time.GetUtcNow() - start}");
    }

    [Fact]
    public async Task Session_start_limits_are_fetched_again_once_the_known_budget_is_spent()
    {
        await using var rig = new GatewayTestRig(remainingSessions: 1);
        await rig.StartSessionAsync();

        rig.Transport.Push("""{"op":9,"d":false}""");
        await rig.Transport.WaitForConnectionAsync(2, rig.Time);

        Assert.Equal(2, rig.GatewayBotCalls);
    }
}
