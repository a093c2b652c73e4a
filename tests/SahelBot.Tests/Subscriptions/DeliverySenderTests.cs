using System.Text.Json.Nodes;
using SahelBot.Discord.Models;
using SahelBot.Discord.Testing;
using SahelBot.Discord.Testing.Rest;
using SahelBot.Facts.Subscriptions;
using SahelBot.Features.Subscriptions.Delivery;

namespace SahelBot.Tests.Subscriptions;

public sealed class DeliverySenderTests
{
    private const string Messages = "/channels/{channel_id}/messages";

    [Fact]
    public async Task OneIncidentForAThousandChannelsIsPostedExactlyOnceToEachUnderAStormOf429s5xxAndTimeouts()
    {
        await using var rig = await SenderRig.StartAsync();
        await rig.SubscribeManyAsync(10_000, 1000);
        var storm = new[]
        {
            FakeFailure.RateLimited(0.05),
            FakeFailure.ServerError(502),
            FakeFailure.ServerError(500) with { AfterHandling = true },
            FakeFailure.LostResponse(TimeSpan.FromSeconds(2)),
            FakeFailure.RateLimited(0.05, global: true),
            FakeFailure.ServerError(503),
            FakeFailure.Stall(TimeSpan.FromSeconds(2)),
        };
        for (var i = 0; i < 350; i++)
        {
            rig.Fake.FailNext("POST", Messages, storm[i % storm.Length]);
        }

        await rig.AddIncidentsAsync("inc-storm");
        await rig.DrainAsync();

        var posted = rig.Fake.Messages;
        Assert.Equal(1000, posted.Count);
        Assert.Equal(1000, posted.Select(m => (string)m["channel_id"]!).Distinct().Count());
        Assert.Equal(1000, rig.Count("SELECT count(*) FROM deliveries WHERE state = 'posted' AND message_id IS NOT NULL"));
        Assert.Equal(1000, rig.Count("SELECT count(DISTINCT message_id) FROM deliveries"));
        Assert.True(rig.Fake.RequestsTo("POST", Messages).Count(r => r.ResponseStatus is 429 or >= 499) >= 350);
    }

    [Fact]
    public async Task EveryPostSuppressesMentionsAndCarriesADeterministicEnforcedNonce()
    {
        await using var rig = await SenderRig.StartAsync();
        await rig.SubscribeAsync(801);
        await rig.AddIncidentsAsync("inc-one");

        await rig.DrainAsync();

        var body = (JsonObject)rig.Fake.RequestsTo("POST", Messages).Single().Body!;
        Assert.Equal("""{"parse":[]}""", body["allowed_mentions"]!.ToJsonString());
        Assert.True((bool)body["enforce_nonce"]!);
        Assert.Equal(DeliveryNonce.ForIncident("inc-one", 801), (string)body["nonce"]!);
        Assert.True(((string)body["nonce"]!).Length <= 25);
        var embed = body["embeds"]![0]!;
        Assert.Contains("inc-one · all sources: /incident inc-one", (string)embed["footer"]!["text"]!, StringComparison.Ordinal);
        Assert.Contains(embed["fields"]!.AsArray(), f => (string)f!["name"]! == "Sources");
    }

    [Fact]
    public async Task ADeliveryInFlightWhenTheProcessDiedIsSentAgainWithTheSameNonceAndPostsOnce()
    {
        await using var rig = await SenderRig.StartAsync();
        await rig.SubscribeAsync(802);
        await rig.AddIncidentsAsync("inc-crash");
        var claim = (await rig.Queue.ClaimAsync(10)).Single();

        // The dead process got its message out but never recorded the answer.
        await rig.Rest.CreateMessageAsync(802, IncidentPost.Message(new Embed { Title = "first try" }, claim.Nonce), null, CancellationToken.None);
        Assert.Equal(1, await rig.Queue.RequeueInFlightAsync());
        await rig.DrainAsync();

        Assert.Single(rig.Fake.Messages);
        Assert.Equal([claim.Nonce, claim.Nonce], rig.Fake.RequestsTo("POST", Messages).Select(r => (string)r.Body!["nonce"]!));
        Assert.Equal(1, rig.Count("SELECT count(*) FROM deliveries WHERE state = 'posted' AND message_id = @Id", new { Id = long.Parse((string)rig.Fake.Messages[0]["id"]!, System.Globalization.CultureInfo.InvariantCulture) }));
    }

    [Fact]
    public async Task AMissingPermissionPausesTheSubscriptionWithDiscordsReasonAndKeepsTheDelivery()
    {
        await using var rig = await SenderRig.StartAsync();
        await rig.SubscribeAsync(803);
        await rig.AddIncidentsAsync("inc-forbidden");
        rig.Fake.FailNext("POST", Messages, FakeFailure.DiscordError(403, 50013, "Missing Permissions"));

        await rig.DrainAsync();

        var subscription = (await rig.Subscriptions.FindAsync(803))!;
        Assert.Equal((SubscriptionState.DiscordPaused, 50013, "Missing Permissions"), (subscription.State, subscription.ErrorCode, subscription.Reason));
        Assert.Equal(1, subscription.Pending);
        Assert.Empty(rig.Fake.Messages);
        Assert.Equal(1, rig.Count("SELECT count(*) FROM audit_log WHERE entity = 'subscription' AND action = 'discord-pause' AND actor = 'discord'"));
    }

    [Fact]
    public async Task ResumingAPausedChannelPostsWhatWasHeld()
    {
        await using var rig = await SenderRig.StartAsync();
        await rig.SubscribeAsync(804);
        await rig.AddIncidentsAsync("inc-held");
        rig.Fake.FailNext("POST", Messages, FakeFailure.DiscordError(404, 10003, "Unknown Channel"));
        await rig.DrainAsync();

        await rig.Subscriptions.ResumeAsync(SenderRig.Guild, 804, 42);
        await rig.DrainAsync();

        Assert.Single(rig.Fake.Messages);
        Assert.Equal(SubscriptionState.Active, (await rig.Subscriptions.FindAsync(804))!.State);
    }

    [Fact]
    public async Task ARetractionEditsThePostedMessageToShowItWithItsReason()
    {
        await using var rig = await SenderRig.StartAsync();
        await rig.SubscribeAsync(805);
        await rig.AddIncidentsAsync("inc-wrong");
        await rig.DrainAsync();

        await rig.RetractAsync("inc-wrong", "the source withdrew its report");
        await rig.DrainAsync();

        var edit = rig.Fake.RequestsTo("PATCH", "/channels/{channel_id}/messages/{message_id}").Single();
        Assert.EndsWith("/channels/805/messages/" + (string)rig.Fake.Messages[0]["id"]!, edit.Path, StringComparison.Ordinal);
        var embed = rig.Fake.Messages.Single()["embeds"]![0]!;
        Assert.StartsWith("❌", (string)embed["title"]!, StringComparison.Ordinal);
        Assert.Contains("Retracted: the source withdrew its report", (string)embed["description"]!, StringComparison.Ordinal);
        Assert.Equal("""{"parse":[]}""", edit.Body!["allowed_mentions"]!.ToJsonString());
    }

    [Fact]
    public async Task ACorrectionEditsThePostedMessageWithTheNewFigures()
    {
        await using var rig = await SenderRig.StartAsync();
        await rig.SubscribeAsync(806);
        await rig.AddIncidentsAsync("inc-toll");
        await rig.DrainAsync();

        await rig.CorrectDeathsAsync("inc-toll", 31);
        await rig.DrainAsync();

        var embed = rig.Fake.Messages.Single()["embeds"]![0]!;
        Assert.Contains("Corrected since first posted.", (string)embed["description"]!, StringComparison.Ordinal);
        Assert.Contains(embed["fields"]!.AsArray(), f => (string)f!["value"]! == "31");
        Assert.Equal(0, rig.Count("SELECT count(*) FROM deliveries WHERE needs_edit = 1"));
    }

    [Fact]
    public async Task MoreThanFiveNewIncidentsForOneChannelInOneBatchBecomeOneDigest()
    {
        await using var rig = await SenderRig.StartAsync();
        await rig.SubscribeAsync(807);
        await rig.SubscribeAsync(808, new SubscriptionFilters(["ML"], [], [], null));

        await rig.AddIncidentsAsync([.. Enumerable.Range(1, 7).Select(n => $"inc-batch-{n}")]);
        await rig.DrainAsync();

        var message = rig.Fake.Messages.Single();
        Assert.Equal("807", (string)message["channel_id"]!);
        Assert.Equal("7 new incidents", (string)message["embeds"]![0]!["title"]!);
        Assert.Equal(7, rig.Count("SELECT count(*) FROM deliveries WHERE state = 'posted' AND message_id = @Id", new { Id = long.Parse((string)message["id"]!, System.Globalization.CultureInfo.InvariantCulture) }));
    }

    [Fact]
    public async Task AnIncidentRetractedBeforeItWentOutIsNotPosted()
    {
        await using var rig = await SenderRig.StartAsync();
        await rig.SubscribeAsync(809);
        await rig.AddIncidentsAsync("inc-withdrawn");
        await rig.RetractAsync("inc-withdrawn", "duplicate");

        await rig.DrainAsync();

        Assert.Empty(rig.Fake.Messages);
        Assert.Equal(1, rig.Count("SELECT count(*) FROM deliveries WHERE state = 'skipped'"));
    }

    [Fact]
    public async Task ARequestDiscordRejectsForGoodFailsWithTheReasonKept()
    {
        await using var rig = await SenderRig.StartAsync();
        await rig.SubscribeAsync(810);
        await rig.AddIncidentsAsync("inc-bad");
        rig.Fake.FailNext("POST", Messages, FakeFailure.DiscordError(400, 50035, "Invalid Form Body"));

        await rig.DrainAsync();

        var failed = (await rig.Queue.ListAsync(["failed"], 10)).Single();
        Assert.Equal((50035, "400 Invalid Form Body"), (failed.LastErrorCode, failed.LastError));
    }

    [Fact]
    public async Task ServerErrorsThatOutlastEveryRetryFailTheDeliveryWithTheReason()
    {
        await using var rig = await SenderRig.StartAsync(delivery: SenderRig.QuickDelivery with { MaxAttempts = 2 });
        await rig.SubscribeAsync(811);
        await rig.AddIncidentsAsync("inc-down");
        rig.Fake.FailNext("POST", Messages, FakeFailure.ServerError(503), times: 8);

        await rig.DrainAsync();

        var failed = (await rig.Queue.ListAsync(["failed"], 10)).Single();
        Assert.Equal(503, failed.LastErrorCode);
        Assert.StartsWith("503", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(2, failed.Attempts);
        Assert.Empty(rig.Fake.Messages);
    }
}
