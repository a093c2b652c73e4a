using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SahelBot.Discord.Hosting;
using SahelBot.Discord.Interactions;
using SahelBot.Discord.Models;
using SahelBot.Discord.Rest;
using SahelBot.Discord.Testing;
using SahelBot.Discord.Testing.Rest;
using SahelBot.Tests.Support;

namespace SahelBot.Tests.Pictures;

/// <summary>
/// The picture reaches the fake Discord as Discord's multipart upload: <c>payload_json</c> with an embed showing
/// <c>attachment://trend.png</c> and an <c>attachments</c> entry, and the PNG in part <c>files[0]</c>. With
/// DISCORD_CAPTURE_DIR set the requests are recorded for ../shared/tools/discord-spec-check.
/// </summary>
public sealed class PictureUploadTests : IAsyncLifetime
{
    private const string CallbackRoute = "/interactions/{interaction_id}/{interaction_token}/callback";
    private const string OriginalRoute = "/webhooks/{application_id}/{interaction_token}/messages/@original";
    private readonly BotUnderTest _bot = new();
    private readonly HttpClient _http = new();
    private FakeDiscordServer _discord = null!;
    private DiscordRestClient _rest = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscordServer.StartAsync();
        _rest = new DiscordRestClient(
            _http,
            Options.Create(new DiscordOptions { Token = "test-token", ApplicationId = 1, ApiBaseUrl = _discord.ApiBaseUrl }),
            new RestRateLimiter(TimeProvider.System),
            TimeProvider.System,
            NullLogger<DiscordRestClient>.Instance);
    }

    public async Task DisposeAsync()
    {
        await _discord.DisposeAsync();
        _http.Dispose();
        _bot.Dispose();
    }

    [Fact]
    public async Task AQuickAnswerIsPostedToTheCallbackAsMultipartWithThePng()
    {
        var interaction = _bot.Command("/trend niger since:2019 until:2019");
        var routed = await _bot.RunAsync(interaction);

        await _rest.CreateResponseAsync(interaction.Id, interaction.Token, routed.Response, CancellationToken.None);

        var request = Assert.Single(_discord.RequestsTo("POST", CallbackRoute));
        AssertUpload(request, routed.Response.Files![0].Content, "trend.png");
        Assert.Equal(4, request.Body!["type"]!.GetValue<int>());
        Assert.Equal("attachment://trend.png", request.Body["data"]!["embeds"]![0]!["image"]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task ASlowAnswerIsDeferredThenEditsTheOriginalAsMultipartWithThePng()
    {
        // A zero deadline defers every interaction, as a render past Discord's 3 seconds would be.
        using var responder = new InteractionResponder(
            _bot.Router, _rest, Options.Create(new DiscordInteractionOptions { DeferAfter = TimeSpan.Zero }), TimeProvider.System, NullLogger<InteractionResponder>.Instance);
        var interaction = _bot.Command("/map niger since:2019 until:2019");

        var first = await responder.RespondViaCallbackAsync(interaction, CancellationToken.None);
        var edit = await _discord.WaitForRequestAsync(r => r.Route == OriginalRoute, timeout: TimeSpan.FromSeconds(60));

        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, first.Type);
        var deferral = Assert.Single(_discord.RequestsTo("POST", CallbackRoute));
        Assert.False(deferral.IsMultipart);
        Assert.Equal(5, deferral.Body!["type"]!.GetValue<int>());
        Assert.Equal("PATCH", edit.Method);
        AssertUpload(edit, null, "map.png");
        Assert.Equal("attachment://map.png", edit.Body!["embeds"]![0]!["image"]!["url"]!.GetValue<string>());
    }

    private static void AssertUpload(RecordedRequest request, byte[]? expected, string fileName)
    {
        Assert.True(request.IsMultipart);
        Assert.StartsWith("multipart/form-data", request.Header("Content-Type"), StringComparison.Ordinal);
        var file = Assert.Single(request.Files);
        Assert.Equal(("files[0]", fileName, "image/png"), (file.PartName, file.FileName, file.ContentType));
        if (expected is not null)
        {
            Assert.Equal(expected, file.Content);
        }

        using var bitmap = PictureAssertions.Decode(file.Content);
        var data = request.Body!["data"] ?? request.Body;
        var attachment = data["attachments"]![0]!;
        Assert.Equal(("0", fileName), (attachment["id"]!.GetValue<string>(), attachment["filename"]!.GetValue<string>()));
        Assert.Empty(data["allowed_mentions"]!["parse"]!.AsArray());
    }
}
