using System.Text.Json.Nodes;
using SahelBot.Discord.Models;
using SahelBot.Discord.Testing;

namespace SahelBot.Discord.Tests.Rest;

public sealed class RestFakeDiscordCaptureTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sahelbot-capture-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task Every_request_is_written_as_one_file_with_method_path_and_body()
    {
        await using (var fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { CaptureDirectory = _directory }))
        {
            var client = RestTestClient.Create(fake);
            await client.CreateMessageAsync(123, new MessageCreateRequest { Content = "one" }, null, CancellationToken.None);
            await client.CreateMessageAsync(123, new MessageCreateRequest { Content = "two" }, [new FileAttachment("a.png", [1])], CancellationToken.None);
        }

        var captures = Directory.GetFiles(_directory, "*.json").Select(f => JsonNode.Parse(File.ReadAllText(f))!).ToList();

        Assert.Equal(2, captures.Count);
        Assert.All(captures, c =>
        {
            Assert.Equal("POST", c["method"]!.GetValue<string>());
            Assert.Equal("/api/v10/channels/123/messages", c["path"]!.GetValue<string>());
        });
        Assert.Contains(captures, c => c["body"]!["content"]!.GetValue<string>() == "one");
        var multipart = Assert.Single(captures, c => c["body"]!["content"]!.GetValue<string>() == "two");
        Assert.Equal("a.png", multipart["body"]!["attachments"]![0]!["filename"]!.GetValue<string>());
    }
}
