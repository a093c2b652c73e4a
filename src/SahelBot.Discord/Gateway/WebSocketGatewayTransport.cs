using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace SahelBot.Discord.Gateway;

/// <summary><see cref="IGatewayTransport"/> over <see cref="ClientWebSocket"/>; reassembles messages split across frames.</summary>
public sealed class WebSocketGatewayTransport : IGatewayTransport
{
    private const int MaxMessageBytes = 16 * 1024 * 1024;

    private readonly string _userAgent;
    private ClientWebSocket? _socket;

    public WebSocketGatewayTransport(string userAgent)
    {
        _userAgent = userAgent;
    }

    public async Task ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        _socket?.Abort();
        _socket?.Dispose();
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("User-Agent", _userAgent);
        _socket = socket;
        await socket.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
    }

    public Task SendAsync(string text, CancellationToken cancellationToken)
    {
        var socket = _socket ?? throw new InvalidOperationException("The gateway transport is not connected.");
        return socket.SendAsync(new ReadOnlyMemory<byte>(Encoding.UTF8.GetBytes(text)), WebSocketMessageType.Text, true, cancellationToken).AsTask();
    }

    public async Task<GatewayReceiveResult> ReceiveAsync(CancellationToken cancellationToken)
    {
        var socket = _socket ?? throw new InvalidOperationException("The gateway transport is not connected.");
        var buffer = ArrayPool<byte>.Shared.Rent(8192);
        try
        {
            using var message = new MemoryStream();
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return GatewayReceiveResult.Closed(socket.CloseStatus is { } status ? (int)status : null);
                }

                message.Write(buffer, 0, result.Count);
                if (message.Length > MaxMessageBytes)
                {
                    throw new WebSocketException(WebSocketError.Faulted, "Gateway message exceeded 16 MiB.");
                }

                if (result.EndOfMessage)
                {
                    return GatewayReceiveResult.Message(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async Task CloseAsync(int closeCode, CancellationToken cancellationToken)
    {
        var socket = _socket;
        if (socket is null)
        {
            return;
        }

        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(5));
                await socket.CloseOutputAsync((WebSocketCloseStatus)closeCode, null, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The peer is already gone; dropping the socket is all that is left to do.
        }
        finally
        {
            socket.Abort();
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket?.Dispose();
        _socket = null;
        return ValueTask.CompletedTask;
    }
}
