using System.Text.Json.Nodes;
using SahelBot.Cli;
using SahelBot.Discord.Json;
using SahelBot.Discord.Models;
using SahelBot.Discord.Testing.Rest;
using SahelBot.Tests.Support;

namespace SahelBot.Tests.EndToEnd;

public sealed class GatewayEndToEndTests
{
    private const string CallbackRoute = "/interactions/{interaction_id}/{interaction_token}/callback";

    private static JsonNode Interaction(string command, ulong id)
    {
        using var bot = new BotUnderTest();
        var interaction = InteractionScript.Parse(command, bot.Definitions.ToList(), "en-US", id,
            new Invoker(713412983456776223, 842732981454065414, "311452617792", 842748080950512019));
        return JsonNode.Parse(DiscordJson.Serialize(interaction))!;
    }

    [Fact]
    public async Task AttacksNigerDeliveredOverTheGatewayIsAnsweredAtTheCallbackWithTheIncidentEmbed()
    {
        await using var running = await RunningBot.StartAsync("gateway");
        await running.Discord.Gateway.WaitForOpAsync(2);

        await running.Discord.Gateway.DispatchInteractionAsync(Interaction("/attacks niger since:2019-12 until:2019-12", 9001));
        var callback = await running.Discord.WaitForRequestAsync(r => r.Route == CallbackRoute, timeout: TimeSpan.FromSeconds(20));

        Assert.EndsWith("/interactions/9001/cli/callback", callback.Path, StringComparison.Ordinal);
        Assert.Equal(204, callback.ResponseStatus);
        var embed = callback.Body!["data"]!["embeds"]![0]!;
        Assert.Equal("Incidents in Niger", embed["title"]!.GetValue<string>());
        Assert.Contains(embed["fields"]!.AsArray(), f => f!["name"]!.GetValue<string>().Contains("Inates", StringComparison.Ordinal));
        Assert.Empty(callback.Body["data"]!["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public async Task AStormOf429sDelaysCallbacksButLosesNone()
    {
        await using var running = await RunningBot.StartAsync("gateway");
        await running.Discord.Gateway.WaitForOpAsync(2);
        running.Discord.FailNext("POST", CallbackRoute, FakeFailure.RateLimited(0.2), times: 6);

        ulong[] ids = [9101, 9102, 9103, 9104, 9105];
        foreach (var id in ids)
        {
            await running.Discord.Gateway.DispatchInteractionAsync(Interaction("/group jnim", id));
        }

        await running.Discord.WaitForRequestAsync(r => r.Route == CallbackRoute && r.ResponseStatus == 204, count: ids.Length, timeout: TimeSpan.FromSeconds(30));
        var answered = running.Discord.RequestsTo("POST", CallbackRoute).Where(r => r.ResponseStatus == 204).ToList();

        Assert.Equal(ids.Length, answered.Count);
        Assert.Equal(ids.Select(i => $"/api/v10/interactions/{i}/cli/callback").Order(), answered.Select(r => r.Path).Order());
        Assert.Contains(running.Discord.RequestsTo("POST", CallbackRoute), r => r.ResponseStatus == 429);
    }
}
