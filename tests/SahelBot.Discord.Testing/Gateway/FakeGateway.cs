using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SahelBot.Discord.Testing.Gateway;

/// <summary>
/// The fake gateway: HELLO on connect, READY for IDENTIFY, RESUMED for a RESUME of the current session, ACKs for
/// heartbeats. Tests push dispatches and misbehaviour (drop, op 7, op 9, close codes) with its methods.
/// </summary>
public sealed class FakeGateway : IAsyncDisposable
{
    internal const string Path = "/gateway";
    internal const string ResumePath = "/gateway-resume";

    private readonly FakeDiscordOptions _options;
    private readonly Func<Uri> _baseUri;
    private readonly object _gate = new();
    private readonly List<RecordedGatewayFrame> _received = [];
    private readonly List<int?> _clientCloseCodes = [];
    private FakeGatewayConnection? _current;
    private int _connections;
    private int _sequence;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal FakeGateway(FakeDiscordOptions options, Func<Uri> baseUri)
    {
        _options = options;
        _baseUri = baseUri;
    }

    public string Url => "ws://" + _baseUri().Authority + Path;

    /// <summary>The <c>resume_gateway_url</c> READY hands out; a different path so tests can tell a resume connection apart.</summary>
    public string ResumeUrl => "ws://" + _baseUri().Authority + ResumePath;

    /// <summary>Answer heartbeats with op 11; turn off to make the bot see a zombie connection.</summary>
    public bool AckHeartbeats { get; set; } = true;

    /// <summary>When above 0, every message is sent split into websocket frames of this many bytes.</summary>
    public int FragmentBytes { get; set; }

    /// <summary>When set, the next IDENTIFY is answered by closing with this code (e.g. 4004, 4014).</summary>
    public int? CloseIdentifyWith { get; set; }

    public string? SessionId { get; private set; }

    public int Connections
    {
        get
        {
            lock (_gate)
            {
                return _connections;
            }
        }
    }

    /// <summary>Every payload the bot sent, across connections.</summary>
    public IReadOnlyList<RecordedGatewayFrame> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Close codes the bot closed connections with (<c>null</c>: no code).</summary>
    public IReadOnlyList<int?> ClientCloseCodes
    {
        get
        {
            lock (_gate)
            {
                return [.. _clientCloseCodes];
            }
        }
    }

    /// <summary>Waits until the bot has sent <paramref name="count"/> payloads with <paramref name="op"/> and returns the last.</summary>
    public Task<RecordedGatewayFrame> WaitForOpAsync(int op, int count = 1, TimeSpan? timeout = null) =>
        WaitForAsync(() => _received.Where(f => f.Op == op).Skip(count - 1).FirstOrDefault(), $"{count} frame(s) with op {op}", timeout);

    /// <summary>Sends a dispatch (op 0) with the next sequence number on the current connection.</summary>
    public Task DispatchAsync(string eventName, JsonNode data)
    {
        var frame = new JsonObject { ["op"] = 0, ["t"] = eventName, ["s"] = Interlocked.Increment(ref _sequence), ["d"] = data };
        return SendAsync(frame.ToJsonString());
    }

    public Task DispatchInteractionAsync(JsonNode interaction) => DispatchAsync("INTERACTION_CREATE", interaction);

    /// <summary>Op 7: the bot should reconnect and resume.</summary>
    public Task SendReconnectAsync() => SendAsync("""{"op":7,"d":null}""");

    /// <summary>Op 9: resumable d:true means the bot may resume, d:false means it must identify again.</summary>
    public Task SendInvalidSessionAsync(bool resumable) => SendAsync($$"""{"op":9,"d":{{(resumable ? "true" : "false")}}}""");

    /// <summary>Op 1 from the server: the bot should heartbeat at once.</summary>
    public Task RequestHeartbeatAsync() => SendAsync("""{"op":1,"d":null}""");

    /// <summary>Closes the current connection with a gateway close code.</summary>
    public Task CloseAsync(int code) => Current()?.CloseAsync(code) ?? Task.CompletedTask;

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Drop() => Current()?.Drop();

    public ValueTask DisposeAsync()
    {
        Current()?.Socket.Abort();
        return ValueTask.CompletedTask;
    }

    internal async Task AcceptAsync(HttpContext context, bool onResumeUrl)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        FakeGatewayConnection connection;
        lock (_gate)
        {
            connection = new FakeGatewayConnection(++_connections, socket, onResumeUrl, FragmentBytes, context.Abort);
            _current = connection;
            Changed();
        }

        var interval = (int)_options.HeartbeatInterval.TotalMilliseconds;
        await connection.SendAsync($$"""{"op":10,"d":{"heartbeat_interval":{{interval}}},"s":null,"t":null}""").ConfigureAwait(false);
        try
        {
            while (true)
            {
                var text = await ReceiveAsync(socket).ConfigureAwait(false);
                if (text is null)
                {
                    lock (_gate)
                    {
                        _clientCloseCodes.Add(socket.CloseStatus is { } status ? (int)status : null);
                        Changed();
                    }

                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
                    }

                    return;
                }

                await OnFrameAsync(connection, JsonNode.Parse(text)!).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The bot or the test dropped the connection.
        }
    }

    private async Task OnFrameAsync(FakeGatewayConnection connection, JsonNode frame)
    {
        var op = frame["op"]!.GetValue<int>();
        var d = frame["d"]?.DeepClone();
        lock (_gate)
        {
            _received.Add(new RecordedGatewayFrame(connection.Number, op, d, connection.OnResumeUrl));
            Changed();
        }

        switch (op)
        {
            case 1 when AckHeartbeats:
                await connection.SendAsync("""{"op":11,"d":null}""").ConfigureAwait(false);
                break;
            case 2:
                await IdentifyAsync(connection, d).ConfigureAwait(false);
                break;
            case 6:
                await ResumeAsync(connection, d).ConfigureAwait(false);
                break;
        }
    }

    private async Task IdentifyAsync(FakeGatewayConnection connection, JsonNode? d)
    {
        if (CloseIdentifyWith is { } code)
        {
            CloseIdentifyWith = null;
            await connection.CloseAsync(code).ConfigureAwait(false);
            return;
        }

        if (_options.BotToken is { } token && d?["token"]?.GetValue<string>() != token)
        {
            await connection.CloseAsync(4004).ConfigureAwait(false);
            return;
        }

        SessionId = Guid.NewGuid().ToString("N");
        Interlocked.Exchange(ref _sequence, 0);
        var ready = new JsonObject
        {
            ["v"] = 10,
            ["user"] = new JsonObject { ["id"] = "1434874753845916506", ["username"] = "SahelBot", ["discriminator"] = "0", ["bot"] = true },
            ["guilds"] = new JsonArray(),
            ["session_id"] = SessionId,
            ["resume_gateway_url"] = ResumeUrl,
            ["shard"] = d?["shard"]?.DeepClone(),
            ["application"] = new JsonObject { ["id"] = "1434874753845916506", ["flags"] = 0 },
        };
        await DispatchAsync("READY", ready).ConfigureAwait(false);
    }

    private async Task ResumeAsync(FakeGatewayConnection connection, JsonNode? d)
    {
        if (SessionId is null || d?["session_id"]?.GetValue<string>() != SessionId)
        {
            await connection.SendAsync("""{"op":9,"d":false}""").ConfigureAwait(false);
            return;
        }

        await DispatchAsync("RESUMED", new JsonObject()).ConfigureAwait(false);
    }

    private async Task SendAsync(string text)
    {
        var connection = Current() ?? throw new InvalidOperationException("No bot is connected to the fake gateway.");
        await connection.SendAsync(text).ConfigureAwait(false);
    }

    private FakeGatewayConnection? Current()
    {
        lock (_gate)
        {
            return _current;
        }
    }

    private async Task<T> WaitForAsync<T>(Func<T?> probe, string what, TimeSpan? timeout)
        where T : class
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (probe() is { } found)
                {
                    return found;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The fake gateway did not see {what}.");
            }
        }
    }

    /// <summary>Waits until the bot has opened <paramref name="count"/> connections.</summary>
    public Task WaitForConnectionsAsync(int count, TimeSpan? timeout = null) =>
        WaitForAsync(() => _connections >= count ? string.Empty : null, $"{count} connection(s)", timeout);

    private void Changed()
    {
        var previous = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        previous.TrySetResult();
    }

    private static async Task<string?> ReceiveAsync(WebSocket socket)
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, CancellationToken.None).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }
}
