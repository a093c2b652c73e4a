using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SahelBot.Cli;
using SahelBot.Discord.Json;
using SahelBot.Discord.Models;
using SahelBot.Discord.Testing.Interactions;
using SahelBot.Hosting;
using SahelBot.Tests.Support;

namespace SahelBot.Tests.EndToEnd;

public sealed class HttpEndToEndTests
{
    private readonly InteractionSigner _discord = new();

    private static byte[] Body(string command, ulong id)
    {
        using var bot = new BotUnderTest();
        var interaction = InteractionScript.Parse(command, bot.Definitions.ToList(), "en-US", id,
            new Invoker(713412983456776223, 842732981454065414, "311452617792", 842748080950512019));
        return Encoding.UTF8.GetBytes(DiscordJson.Serialize(interaction));
    }

    private static async Task<HttpResponseMessage> PostAsync(RunningBot running, byte[] body, string? signature, string? timestamp)
    {
        using var client = new HttpClient { BaseAddress = running.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/interactions") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        if (signature is not null)
        {
            request.Headers.Add("X-Signature-Ed25519", signature);
        }

        if (timestamp is not null)
        {
            request.Headers.Add("X-Signature-Timestamp", timestamp);
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task SignedAttacksNigerIsAnsweredInlineWithTheIncidentEmbed()
    {
        await using var running = await RunningBot.StartAsync("http", _discord.PublicKeyHex);
        var body = Body("/attacks niger since:2019-12 until:2019-12", 7001);
        var timestamp = InteractionSigner.Timestamp(DateTimeOffset.UtcNow);

        using var response = await PostAsync(running, body, _discord.Sign(timestamp, body), timestamp);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        CaptureDirectory.RecordCallback(DiscordJson.Deserialize<Interaction>(body)!, DiscordJson.Deserialize<InteractionResponse>(json.ToJsonString())!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, json["type"]!.GetValue<int>());
        Assert.Contains(json["data"]!["embeds"]![0]!["fields"]!.AsArray(), f => f!["name"]!.GetValue<string>().Contains("Inates", StringComparison.Ordinal));
        Assert.Empty(running.Discord.Requests);
    }

    [Fact]
    public async Task PingIsAnsweredWithPong()
    {
        await using var running = await RunningBot.StartAsync("http", _discord.PublicKeyHex);
        var body = Encoding.UTF8.GetBytes("""{"id":"1","application_id":"1434874753845916506","type":1,"token":"t","version":1}""");
        var timestamp = InteractionSigner.Timestamp(DateTimeOffset.UtcNow);

        using var response = await PostAsync(running, body, _discord.Sign(timestamp, body), timestamp);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("tampered-body")]
    [InlineData("changed-timestamp")]
    [InlineData("other-key")]
    [InlineData("no-signature")]
    public async Task ForgedOrReplayedWithChangesRequestsGet401AndNoReply(string forgery)
    {
        await using var running = await RunningBot.StartAsync("http", _discord.PublicKeyHex);
        var body = Body("/attacks niger", 7002);
        var timestamp = InteractionSigner.Timestamp(DateTimeOffset.UtcNow);
        var signature = _discord.Sign(timestamp, body);
        switch (forgery)
        {
            case "tampered-body":
                body = Body("/attacks mali", 7002);
                break;
            case "changed-timestamp":
                timestamp = InteractionSigner.Timestamp(DateTimeOffset.UtcNow.AddSeconds(-30));
                break;
            case "other-key":
                signature = new InteractionSigner().Sign(timestamp, body);
                break;
            default:
                signature = null;
                break;
        }

        using var response = await PostAsync(running, body, signature, timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(running.Discord.Requests);
    }

    [Fact]
    public async Task HealthEndpointReportsTheStore()
    {
        await using var running = await RunningBot.StartAsync("http", _discord.PublicKeyHex);
        using var client = new HttpClient { BaseAddress = running.BaseAddress };

        var health = JsonNode.Parse(await client.GetStringAsync("/health"))!;

        Assert.Equal("ok", health["status"]!.GetValue<string>());
        Assert.True(health["incidents"]!.GetValue<int>() > 100);
    }

    [Theory]
    [InlineData("Discord:Token", "", "Token")]
    [InlineData("Discord:ApplicationId", "not-a-number", "ApplicationId")]
    [InlineData("Discord:Mode", "carrier-pigeon", "Mode")]
    public async Task MissingOrMalformedSettingsStopStartUpNamingTheSettingWithoutTheToken(string key, string value, string named)
    {
        var store = new TempStore();
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["urls"] = "http://127.0.0.1:0",
                ["Discord:Token"] = RunningBot.Token,
                ["Discord:ApplicationId"] = "1434874753845916506",
                ["Discord:PublicKey"] = _discord.PublicKeyHex,
                ["Discord:Mode"] = "http",
                [key] = value,
            };
            await using var app = BotHost.Build(store.Path, configure: c => c.AddInMemoryCollection(settings));

            var error = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());

            var message = error is OptionsValidationException validation ? string.Join("; ", validation.Failures) : error.Message;
            Assert.Contains(named, message, StringComparison.Ordinal);
            Assert.DoesNotContain(RunningBot.Token, message, StringComparison.Ordinal);
        }
        finally
        {
            store.Dispose();
        }
    }
}
