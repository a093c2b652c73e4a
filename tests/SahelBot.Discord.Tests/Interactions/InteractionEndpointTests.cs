using System.Net;
using System.Text;
using System.Text.Json;
using SahelBot.Discord.Models;
using SahelBot.Discord.Testing.Interactions;

namespace SahelBot.Discord.Tests.Interactions;

public class InteractionEndpointTests
{
    private const string PingBody = """{"application_id":"1434874753845916506","id":"1536298061923024977","token":"tok","type":1,"version":1}""";

    private static string CommandBody(ulong id = 1536301845188149683) =>
        $$"""{"id":"{{id}}","application_id":"1434874753845916506","type":2,"token":"tok","version":1,"data":{"id":"1477998909850086530","name":"about","type":1},"guild_id":"842732981454065414","member":{"user":{"id":"713412983456776223","username":"moussa.k"},"permissions":"2048"},"locale":"fr"}""";

    private static ScriptedHandler Replying(string content) =>
        new(_ => InteractionResponse.Message(new InteractionCallbackData { Content = content, AllowedMentions = AllowedMentions.None }));

    /// <summary>Reads an inline answer and records it when capturing is on.</summary>
    private static async Task<string> InlineBody(HttpResponseMessage response, ulong interactionId)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        CallbackCapture.Record(interactionId, "tok", body);
        return body;
    }

    [Fact]
    public async Task ValidPingIsAnsweredWithPong()
    {
        await using var server = await InteractionTestServer.StartAsync(Replying("x"));

        using var response = await server.PostSignedAsync(PingBody);

        Assert.Equal("""{"type":1}""", await InlineBody(response, 1536298061923024977));
    }

    [Fact]
    public async Task ValidCommandIsAnsweredInline()
    {
        await using var server = await InteractionTestServer.StartAsync(Replying("À propos de SahelBot"));

        using var response = await server.PostSignedAsync(CommandBody());

        Assert.Equal("""{"type":4,"data":{"content":"À propos de SahelBot","allowed_mentions":{"parse":[]}}}""", await InlineBody(response, 1536301845188149683));
    }

    [Fact]
    public async Task HandlerReceivesTheParsedInteraction()
    {
        Interaction? seen = null;
        await using var server = await InteractionTestServer.StartAsync(new ScriptedHandler(i =>
        {
            seen = i;
            return InteractionResponse.Message(new() { Content = "ok" });
        }));

        using var response = await server.PostSignedAsync(CommandBody());
        await InlineBody(response, 1536301845188149683);

        Assert.Equal(("about", 713412983456776223UL), (seen!.Data!.Name, seen.Invoker!.Id));
    }

    [Fact]
    public async Task TamperedBodyIsRejectedWithoutCallingTheHandler()
    {
        var handler = Replying("x");
        await using var server = await InteractionTestServer.StartAsync(handler);
        var original = Encoding.UTF8.GetBytes(CommandBody());
        var timestamp = InteractionSigner.Timestamp(server.Time.GetUtcNow());
        var signature = server.Key.Sign(timestamp, original);
        var tampered = Encoding.UTF8.GetBytes(CommandBody().Replace("\"2048\"", "\"8\"", StringComparison.Ordinal));

        using var response = await server.PostAsync(tampered, signature, timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task BodySignedWithAnotherKeyIsRejected()
    {
        var handler = Replying("x");
        await using var server = await InteractionTestServer.StartAsync(handler);

        using var response = await server.PostSignedAsync(CommandBody(), signWith: new InteractionSigner());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task PingWithBadSignatureIsRejected()
    {
        await using var server = await InteractionTestServer.StartAsync(Replying("x"));

        using var response = await server.PostSignedAsync(PingBody, signWith: new InteractionSigner());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public async Task MissingSignatureHeadersAreRejected(bool withSignature, bool withTimestamp)
    {
        var handler = Replying("x");
        await using var server = await InteractionTestServer.StartAsync(handler);
        var body = Encoding.UTF8.GetBytes(CommandBody());
        var timestamp = InteractionSigner.Timestamp(server.Time.GetUtcNow());

        using var response = await server.PostAsync(body, withSignature ? server.Key.Sign(timestamp, body) : null, withTimestamp ? timestamp : null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task MalformedSignatureHexIsRejected()
    {
        var handler = Replying("x");
        await using var server = await InteractionTestServer.StartAsync(handler);
        var body = Encoding.UTF8.GetBytes(CommandBody());
        var timestamp = InteractionSigner.Timestamp(server.Time.GetUtcNow());

        using var response = await server.PostAsync(body, "xyz" + server.Key.Sign(timestamp, body)[3..], timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task StaleTimestampIsRejected()
    {
        var handler = Replying("x");
        await using var server = await InteractionTestServer.StartAsync(handler);
        var body = Encoding.UTF8.GetBytes(CommandBody());
        var timestamp = InteractionSigner.Timestamp(server.Time.GetUtcNow().AddMinutes(-6));

        using var response = await server.PostAsync(body, server.Key.Sign(timestamp, body), timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignedMalformedJsonIsBadRequest()
    {
        var handler = Replying("x");
        await using var server = await InteractionTestServer.StartAsync(handler);

        using var response = await server.PostSignedAsync("""{"type":2,"id":""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task OversizedBodyIsRefusedBeforeVerification()
    {
        var handler = Replying("x");
        await using var server = await InteractionTestServer.StartAsync(handler);

        using var response = await server.PostSignedAsync($$"""{"type":2,"pad":"{{new string('a', 1024 * 1024)}}"}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task EndpointListensOnTheGivenPath()
    {
        await using var server = await InteractionTestServer.StartAsync(Replying("x"), "/discord/interactions");

        using var response = await server.PostSignedAsync(PingBody, "/discord/interactions");

        Assert.Equal("""{"type":1}""", await InlineBody(response, 1536298061923024977));
    }

    [Fact]
    public async Task SlowHandlerIsDeferredInlineThenTheOriginalIsEdited()
    {
        var handler = new ScriptedHandler(_ => InteractionResponse.Message(new() { Content = "résultat final" })).HoldUntilReleased();
        await using var server = await InteractionTestServer.StartAsync(handler);

        var posting = server.PostSignedAsync(CommandBody());
        await handler.Started;
        server.Time.Advance(TimeSpan.FromSeconds(2.5));
        using var response = await posting;

        Assert.Equal("""{"type":5}""", await InlineBody(response, 1536301845188149683));
        handler.Release();
        var edit = await server.Callbacks.FirstEdit;
        Assert.Equal((1434874753845916506UL, "tok", "résultat final"), (edit.ApplicationId, edit.Token, edit.Data.Content));
    }

    [Fact]
    public async Task ResponseWithFilesIsPostedAsCallbackAndAnswered202()
    {
        var file = new FileAttachment("map.png", [137, 80, 78, 71]);
        var handler = new ScriptedHandler(_ => new InteractionResponse
        {
            Type = InteractionCallbackType.ChannelMessageWithSource,
            Data = new() { Attachments = [new AttachmentInfo { Id = "0", Filename = "map.png" }] },
            Files = [file],
        });
        await using var server = await InteractionTestServer.StartAsync(handler);

        using var response = await server.PostSignedAsync(CommandBody());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        var created = Assert.Single(server.Callbacks.Created);
        Assert.Equal((1536301845188149683UL, "tok"), (created.InteractionId, created.Token));
        Assert.Same(file, Assert.Single(created.Response.Files!));
    }

    [Fact]
    public void CapturedResponseIsTheCallbackRequestDiscordWouldReceive()
    {
        var directory = Path.Combine(Path.GetTempPath(), "sahelbot-capture-" + Guid.NewGuid().ToString("N"));
        try
        {
            CallbackCapture.Record(directory, 42, "tok", """{"type":1}""");

            var capture = JsonDocument.Parse(File.ReadAllText(Assert.Single(Directory.GetFiles(directory)))).RootElement;
            Assert.Equal("POST", capture.GetProperty("method").GetString());
            Assert.Equal("/api/v10/interactions/42/tok/callback", capture.GetProperty("path").GetString());
            Assert.Equal(1, capture.GetProperty("body").GetProperty("type").GetInt32());
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
