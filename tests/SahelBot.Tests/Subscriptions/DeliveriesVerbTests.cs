using SahelBot.Cli;
using SahelBot.Discord.Testing.Rest;

namespace SahelBot.Tests.Subscriptions;

public sealed class DeliveriesVerbTests
{
    private const string Messages = "/channels/{channel_id}/messages";

    [Fact]
    public async Task FailedDeliveriesAreListedWithDiscordsCodeAndReason()
    {
        await using var rig = await SenderRig.StartAsync();
        await rig.SubscribeAsync(812);
        await rig.AddIncidentsAsync("inc-bad");
        rig.Fake.FailNext("POST", Messages, FakeFailure.DiscordError(400, 50035, "Invalid Form Body"));
        await rig.DrainAsync();

        var text = DeliveriesVerb.Render(await rig.Queue.ListAsync(["failed"], 10));

        Assert.Matches(@"^#\d+ inc-bad → channel 812: failed, 1 attempt\(s\), last error 50035: 400 Invalid Form Body\n$", text);
    }

    [Fact]
    public async Task PendingDeliveriesOfAPausedChannelShowDiscordsReason()
    {
        await using var rig = await SenderRig.StartAsync();
        await rig.SubscribeAsync(813);
        await rig.AddIncidentsAsync("inc-held");
        rig.Fake.FailNext("POST", Messages, FakeFailure.DiscordError(403, 50001, "Missing Access"));
        await rig.DrainAsync();

        var text = DeliveriesVerb.Render(await rig.Queue.ListAsync(["pending", "sending"], 10));

        Assert.Contains("inc-held → channel 813: pending", text, StringComparison.Ordinal);
        Assert.Contains("[channel discord paused: Missing Access]", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostedDeliveriesShowTheirMessage()
    {
        await using var rig = await SenderRig.StartAsync();
        await rig.SubscribeAsync(814);
        await rig.AddIncidentsAsync("inc-ok");
        await rig.DrainAsync();

        var text = DeliveriesVerb.Render(await rig.Queue.ListAsync(null, 10));

        Assert.Contains($"inc-ok → channel 814: posted, 1 attempt(s), message {(string)rig.Fake.Messages[0]["id"]!} at ", text, StringComparison.Ordinal);
    }
}
