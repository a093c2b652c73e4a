using System.Text;
using SahelBot.Discord.Models;
using SahelBot.Discord.Testing;

namespace SahelBot.Discord.Tests.Rest;

public sealed class RestClientRequestTests : IAsyncLifetime
{
    private FakeDiscordServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { BotToken = RestTestClient.Token });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task CreateMessage_sends_bot_authorization_and_discord_user_agent()
    {
        var client = RestTestClient.Create(_server);

        await client.CreateMessageAsync(42, new MessageCreateRequest { Content = "hello" }, null, CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("/api/v10/channels/42/messages", request.Path);
        Assert.Equal("Bot " + RestTestClient.Token, request.Header("Authorization"));
        Assert.Equal("DiscordBot (https://example.org/sahelbot, 9.9.9)", request.Header("User-Agent"));
        Assert.StartsWith("application/json", request.Header("Content-Type"));
    }

    [Fact]
    public async Task CreateMessage_returns_the_message_discord_created()
    {
        var client = RestTestClient.Create(_server);

        var message = await client.CreateMessageAsync(42, new MessageCreateRequest { Content = "hello", Nonce = "n-1", EnforceNonce = true }, null, CancellationToken.None);

        Assert.Equal(42UL, message.ChannelId);
        Assert.Equal("hello", message.Content);
        Assert.NotEqual(0UL, message.Id);
        Assert.Equal("n-1", _server.Requests[0].Body!["nonce"]!.GetValue<string>());
        Assert.True(_server.Requests[0].Body!["enforce_nonce"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Interaction_callback_carries_no_authorization_header()
    {
        var client = RestTestClient.Create(_server);

        await client.CreateResponseAsync(7, "tok-en", InteractionResponse.Message(new InteractionCallbackData { Content = "hi" }), CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("/api/v10/interactions/7/tok-en/callback", request.Path);
        Assert.Null(request.Header("Authorization"));
        Assert.NotNull(request.Header("User-Agent"));
        Assert.Equal(4, request.Body!["type"]!.GetValue<int>());
        Assert.Equal("hi", request.Body!["data"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task EditOriginal_patches_the_original_message_of_the_interaction_webhook()
    {
        var client = RestTestClient.Create(_server);

        await client.EditOriginalAsync(1434874753845916506, "tok", new InteractionCallbackData { Content = "done" }, null, CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("PATCH", request.Method);
        Assert.Equal("/api/v10/webhooks/1434874753845916506/tok/messages/@original", request.Path);
        Assert.Null(request.Header("Authorization"));
        Assert.Equal("done", request.Body!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateFollowup_posts_to_the_interaction_webhook()
    {
        var client = RestTestClient.Create(_server);

        var message = await client.CreateFollowupAsync(5, "tok", new InteractionCallbackData { Content = "more", Flags = MessageFlags.Ephemeral }, null, CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/api/v10/webhooks/5/tok", request.Path);
        Assert.Equal(64, request.Body!["flags"]!.GetValue<int>());
        Assert.Equal("more", message.Content);
    }

    [Fact]
    public async Task CreateMessage_with_files_sends_payload_json_and_file_parts_listed_as_attachments()
    {
        var client = RestTestClient.Create(_server);
        FileAttachment[] files = [new("map.png", [1, 2, 3], "Map of the incident"), new("data.csv", Encoding.UTF8.GetBytes("a,b\n"))];

        await client.CreateMessageAsync(42, new MessageCreateRequest { Content = "with files" }, files, CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.True(request.IsMultipart);
        Assert.Equal("with files", request.Body!["content"]!.GetValue<string>());
        var attachments = request.Body!["attachments"]!.AsArray();
        Assert.Equal(2, attachments.Count);
        Assert.Equal("0", attachments[0]!["id"]!.GetValue<string>());
        Assert.Equal("map.png", attachments[0]!["filename"]!.GetValue<string>());
        Assert.Equal("Map of the incident", attachments[0]!["description"]!.GetValue<string>());
        Assert.Equal("1", attachments[1]!["id"]!.GetValue<string>());
        Assert.Collection(
            request.Files,
            f =>
            {
                Assert.Equal("files[0]", f.PartName);
                Assert.Equal("map.png", f.FileName);
                Assert.Equal(new byte[] { 1, 2, 3 }, f.Content);
            },
            f =>
            {
                Assert.Equal("files[1]", f.PartName);
                Assert.Equal("data.csv", f.FileName);
                Assert.Equal("a,b\n", Encoding.UTF8.GetString(f.Content));
            });
    }

    [Fact]
    public async Task Interaction_response_with_files_lists_attachments_inside_data()
    {
        var client = RestTestClient.Create(_server);
        var response = new InteractionResponse
        {
            Type = InteractionCallbackType.ChannelMessageWithSource,
            Data = new InteractionCallbackData { Content = "chart" },
            Files = [new FileAttachment("chart.png", [9, 9])],
        };

        await client.CreateResponseAsync(7, "tok", response, CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.True(request.IsMultipart);
        Assert.Equal(4, request.Body!["type"]!.GetValue<int>());
        Assert.Equal("chart.png", request.Body!["data"]!["attachments"]![0]!["filename"]!.GetValue<string>());
        Assert.Equal(new byte[] { 9, 9 }, Assert.Single(request.Files).Content);
    }

    [Fact]
    public async Task EditOriginal_with_files_is_multipart()
    {
        var client = RestTestClient.Create(_server);

        await client.EditOriginalAsync(5, "tok", new InteractionCallbackData { Content = "see file" }, [new FileAttachment("a.txt", [65])], CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.True(request.IsMultipart);
        Assert.Equal("a.txt", request.Body!["attachments"]![0]!["filename"]!.GetValue<string>());
        Assert.Equal("a.txt", Assert.Single(request.Files).FileName);
    }

    [Fact]
    public async Task BulkOverwriteGlobalCommands_puts_the_command_array_and_reads_back_ids()
    {
        var client = RestTestClient.Create(_server);
        ApplicationCommand[] commands = [new() { Name = "attacks", Description = "Recent attacks" }, new() { Name = "group", Description = "An armed group" }];

        var registered = await client.BulkOverwriteGlobalCommandsAsync(99, commands, CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/api/v10/applications/99/commands", request.Path);
        Assert.Equal(2, request.Body!.AsArray().Count);
        Assert.Equal(["attacks", "group"], registered.Select(c => c.Name));
        Assert.All(registered, c => Assert.NotNull(c.Id));
    }

    [Fact]
    public async Task BulkOverwriteGuildCommands_targets_the_guild_route()
    {
        var client = RestTestClient.Create(_server);

        var registered = await client.BulkOverwriteGuildCommandsAsync(99, 555, [new ApplicationCommand { Name = "ask", Description = "Ask" }], CancellationToken.None);

        Assert.Equal("/api/v10/applications/99/guilds/555/commands", Assert.Single(_server.Requests).Path);
        Assert.Equal("ask", Assert.Single(registered).Name);
    }

    [Fact]
    public async Task GetGatewayBot_returns_the_gateway_url_and_session_start_limit()
    {
        var client = RestTestClient.Create(_server);

        var info = await client.GetGatewayBotAsync(CancellationToken.None);

        Assert.Equal(_server.GatewayUrl, info.Url);
        Assert.Equal(1, info.SessionStartLimit.MaxConcurrency);
        Assert.Equal("Bot " + RestTestClient.Token, _server.Requests[0].Header("Authorization"));
    }

    [Fact]
    public async Task Multipart_payload_json_keeps_non_ascii_text_intact()
    {
        var client = RestTestClient.Create(_server);

        await client.CreateMessageAsync(42, new MessageCreateRequest { Content = "Tillabéri — attaque à Inatès" }, [new FileAttachment("carte.png", [1])], CancellationToken.None);

        Assert.Equal("Tillabéri — attaque à Inatès", Assert.Single(_server.Requests).Body!["content"]!.GetValue<string>());
    }
}
