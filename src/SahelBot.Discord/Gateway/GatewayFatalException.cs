namespace SahelBot.Discord.Gateway;

/// <summary>The gateway closed with a code that reconnecting cannot fix; the message says what the operator must change.</summary>
public sealed class GatewayFatalException : Exception
{
    public GatewayFatalException(int closeCode, string message)
        : base(message)
    {
        CloseCode = closeCode;
    }

    public int CloseCode { get; }
}
