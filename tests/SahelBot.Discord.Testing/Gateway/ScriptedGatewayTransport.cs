using System.Net.WebSockets;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using SahelBot.Discord.Gateway;
using SahelBot.Discord.Testing.Time;

namespace SahelBot.Discord.Testing.Gateway;

/// <summary>
/// An in-memory <see cref="IGatewayTransport"/> driven by a test: it records connects, sent payloads and closes, and
/// delivers whatever the test pushes (messages, a close code, or a drop) on the current connection.
/// </summary>
public sealed class ScriptedGatewayTransport : IGatewayTransport
{
    private readonly object _gate = new();
    private readonly List<Uri> _connections = [];
    private readonly List<RecordedGatewayFrame> _sent = [];
    private readonly List<int> _clientCloses = [];
    private Channel<Func<GatewayReceiveResult>> _incoming = Channel.CreateUnbounded<Func<GatewayReceiveResult>>();
    private int _failConnects;

    public IReadOnlyList<Uri> Connections
    {
        get
        {
            lock (_gate)
            {
                return [.. _connections];
            }
        }
    }

    public IReadOnlyList<RecordedGatewayFrame> Sent
    {
        get
        {
            lock (_gate)
            {
                return [.. _sent];
            }
        }
    }

    /// <summary>Close codes the client closed connections with.</summary>
    public IReadOnlyList<int> ClientCloses
    {
        get
        {
            lock (_gate)
            {
                return [.. _clientCloses];
            }
        }
    }

    /// <summary>Answer each heartbeat the client sends with op 11; turn off to simulate a zombie connection.</summary>
    public bool AutoAckHeartbeats { get; set; } = true;

    /// <summary>The next <paramref name="count"/> connects throw, as if the host were unreachable.</summary>
    public void FailNextConnects(int count) => Interlocked.Exchange(ref _failConnects, count);

    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _connections.Add(uri);
            if (_failConnects > 0)
            {
                _failConnects--;
                throw new WebSocketException(WebSocketError.Faulted, "scripted connect failure");
            }

            _incoming = Channel.CreateUnbounded<Func<GatewayReceiveResult>>();
        }

        return Task.CompletedTask;
    }

    public Task SendAsync(string text, CancellationToken cancellationToken)
    {
        var frame = JsonNode.Parse(text)!;
        lock (_gate)
        {
            _sent.Add(new RecordedGatewayFrame(_connections.Count, frame["op"]!.GetValue<int>(), frame["d"]?.DeepClone(), false));
        }

        if (AutoAckHeartbeats && frame["op"]!.GetValue<int>() == 1)
        {
            PushHeartbeatAck();
        }

        return Task.CompletedTask;
    }

    public async Task<GatewayReceiveResult> ReceiveAsync(CancellationToken cancellationToken)
    {
        Channel<Func<GatewayReceiveResult>> incoming;
        lock (_gate)
        {
            incoming = _incoming;
        }

        var next = await incoming.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return next();
    }

    public Task CloseAsync(int closeCode, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _clientCloses.Add(closeCode);
        }

        return Task.CompletedTask;
    }

    /// <summary>Delivers a gateway payload, e.g. <c>{"op":10,"d":{"heartbeat_interval":1000}}</c>.</summary>
    public void Push(string json) => Enqueue(() => GatewayReceiveResult.Message(json));

    public void PushHello(int heartbeatIntervalMs) => Push($$"""{"op":10,"d":{"heartbeat_interval":{{heartbeatIntervalMs}}},"s":null,"t":null}""");

    public void PushDispatch(string eventName, int sequence, string dataJson) =>
        Push($$"""{"op":0,"s":{{sequence}},"t":"{{eventName}}","d":{{dataJson}}}""");

    public void PushReady(int sequence, string sessionId, string resumeUrl) =>
        PushDispatch("READY", sequence, $$$"""{"v":10,"user":{"id":"1","username":"bot"},"guilds":[],"session_id":"{{{sessionId}}}","resume_gateway_url":"{{{resumeUrl}}}","application":{"id":"1","flags":0}}""");

    public void PushHeartbeatAck() => Push("""{"op":11,"d":null}""");

    /// <summary>The server closes the connection with <paramref name="code"/>.</summary>
    public void PushClose(int code) => Enqueue(() => GatewayReceiveResult.Closed(code));

    /// <summary>The connection breaks without a close frame.</summary>
    public void PushDrop() => Enqueue(() => throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "scripted drop"));

    /// <summary>
    /// Waits until the client has sent <paramref name="count"/> payloads with <paramref name="op"/>; when
    /// <paramref name="time"/> is given, moves it forward in <paramref name="step"/>s while waiting, so timers the client
    /// armed can fire.
    /// </summary>
    public async Task<RecordedGatewayFrame> WaitForSentAsync(int op, int count = 1, ManualTimeProvider? time = null, TimeSpan? step = null)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            if (Sent.Where(f => f.Op == op).Skip(count - 1).FirstOrDefault() is { } frame)
            {
                return frame;
            }

            if (cts.IsCancellationRequested)
            {
                throw new TimeoutException($"The client did not send {count} payload(s) with op {op}.");
            }

            time?.Advance(step ?? TimeSpan.FromMilliseconds(100));
            await Task.Delay(2, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Waits until the client has opened <paramref name="count"/> connections, advancing <paramref name="time"/> as in <see cref="WaitForSentAsync"/>.</summary>
    public async Task<Uri> WaitForConnectionAsync(int count, ManualTimeProvider? time = null, TimeSpan? step = null)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var connections = Connections;
            if (connections.Count >= count)
            {
                return connections[count - 1];
            }

            if (cts.IsCancellationRequested)
            {
                throw new TimeoutException($"The client opened {connections.Count} of {count} connections.");
            }

            time?.Advance(step ?? TimeSpan.FromMilliseconds(100));
            await Task.Delay(2, CancellationToken.None).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private void Enqueue(Func<GatewayReceiveResult> result)
    {
        lock (_gate)
        {
            _incoming.Writer.TryWrite(result);
        }
    }
}
