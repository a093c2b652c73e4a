using System.Net.WebSockets;
using System.Text;

namespace SahelBot.Discord.Testing.Gateway;

internal sealed class FakeGatewayConnection(int number, WebSocket socket, bool onResumeUrl)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public int Number { get; } = number;

    public WebSocket Socket { get; } = socket;

    public bool OnResumeUrl { get; } = onResumeUrl;

    public async Task SendAsync(string text)
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (Socket.State == WebSocketState.Open)
            {
                await Socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
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
