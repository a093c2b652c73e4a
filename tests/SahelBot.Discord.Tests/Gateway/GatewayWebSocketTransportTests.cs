using System.Text.Json.Nodes;
using SahelBot.Discord.Gateway;
using SahelBot.Discord.Testing;

namespace SahelBot.Discord.Tests.Gateway;

public sealed class GatewayWebSocketTransportTests : IAsyncLifetime
{
    private FakeDiscordServer _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeDiscordServer.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task A_message_split_across_frames_is_received_whole()
    {
        _fake.Gateway.FragmentBytes = 7;
        await using var transport = new WebSocketGatewayTransport("DiscordBot (https://example.org, 1.0)");

        await transport.ConnectAsync(new Uri(_fake.GatewayUrl), CancellationToken.None);
        var hello = await transport.ReceiveAsync(CancellationToken.None);

        Assert.Equal(10, JsonNode.Parse(hello.Text!)!["op"]!.GetValue<int>());
        Assert.True(JsonNode.Parse(hello.Text!)!["d"]!["heartbeat_interval"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Sent_text_reaches_the_server_and_its_answer_comes_back()
    {
        await using var transport = new WebSocketGatewayTransport("DiscordBot (https://example.org, 1.0)");
        await transport.ConnectAsync(new Uri(_fake.GatewayUrl), CancellationToken.None);
        await transport.ReceiveAsync(CancellationToken.None);

        await transport.SendAsync("""{"op":1,"d":null}""", CancellationToken.None);
        var ack = await transport.ReceiveAsync(CancellationToken.None);

        Assert.Equal(11, JsonNode.Parse(ack.Text!)!["op"]!.GetValue<int>());
        Assert.Equal(1, (await _fake.Gateway.WaitForOpAsync(1)).Op);
    }

    [Fact]
    public async Task A_server_close_is_reported_with_its_code()
    {
        await using var transport = new WebSocketGatewayTransport("DiscordBot (https://example.org, 1.0)");
        await transport.ConnectAsync(new Uri(_fake.GatewayUrl), CancellationToken.None);
        await transport.ReceiveAsync(CancellationToken.None);

        await _fake.Gateway.CloseAsync(4004);
        var closed = await transport.ReceiveAsync(CancellationToken.None);

        Assert.True(closed.IsClose);
        Assert.Equal(4004, closed.CloseCode);
    }

    [Fact]
    public async Task Closing_sends_the_chosen_code_to_the_server()
    {
        await using var transport = new WebSocketGatewayTransport("DiscordBot (https://example.org, 1.0)");
        await transport.ConnectAsync(new Uri(_fake.GatewayUrl), CancellationToken.None);
        await transport.ReceiveAsync(CancellationToken.None);

        await transport.CloseAsync(GatewayCloseCodes.ClientReconnect, CancellationToken.None);

        await WaitUntilAsync(() => _fake.Gateway.ClientCloseCodes.Count == 1);
        Assert.Equal(GatewayCloseCodes.ClientReconnect, _fake.Gateway.ClientCloseCodes[0]);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(5, cts.Token);
        }
    }
}
