namespace SahelBot.Discord.Gateway;

/// <summary>Either one whole text message or the close code the server ended the connection with.</summary>
public sealed record GatewayReceiveResult(string? Text, int? CloseCode)
{
    public bool IsClose => Text is null;

    public static GatewayReceiveResult Message(string text) => new(text, null);

    public static GatewayReceiveResult Closed(int? closeCode) => new(null, closeCode);
}
