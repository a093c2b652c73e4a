namespace SahelBot.Discord.Gateway;

/// <summary>
/// The seam between <see cref="GatewayClient"/> and a websocket. One instance serves successive connections: each
/// <see cref="ConnectAsync"/> replaces the previous connection.
/// </summary>
public interface IGatewayTransport : IAsyncDisposable
{
    Task ConnectAsync(Uri uri, CancellationToken cancellationToken);

    Task SendAsync(string text, CancellationToken cancellationToken);

    /// <summary>The next whole text message, or the close the server sent. Throws when the connection drops without a close.</summary>
    Task<GatewayReceiveResult> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Closes the current connection; any code but 1000/1001 keeps the Discord session resumable.</summary>
    Task CloseAsync(int closeCode, CancellationToken cancellationToken);
}
