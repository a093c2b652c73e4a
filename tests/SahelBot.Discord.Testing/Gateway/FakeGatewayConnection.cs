using System.Net.WebSockets;
using System.Text;

namespace SahelBot.Discord.Testing.Gateway;

internal sealed class FakeGatewayConnection(int number, WebSocket socket, bool onResumeUrl, int fragmentBytes, Action abortTransport)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public int Number { get; } = number;

    public WebSocket Socket { get; } = socket;

    public bool OnResumeUrl { get; } = onResumeUrl;

    /// <summary>Cuts the TCP connection under the websocket, as a network failure would, so the client sees the drop at once.</summary>
    public void Drop()
    {
        Socket.Abort();
        abortTransport();
    }

    public async Task SendAsync(string text)
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (Socket.State == WebSocketState.Open)
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                var chunk = fragmentBytes > 0 ? fragmentBytes : bytes.Length;
                for (var offset = 0; offset < bytes.Length || offset == 0; offset += chunk)
                {
                    var count = Math.Min(chunk, bytes.Length - offset);
                    var last = offset + count >= bytes.Length;
                    await Socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, last, CancellationToken.None).ConfigureAwait(false);
                    if (last)
                    {
                        break;
                    }
                }
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async Task CloseAsync(int code)
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (Socket.State == WebSocketState.Open)
            {
                await Socket.CloseOutputAsync((WebSocketCloseStatus)code, "closed by the fake", CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
