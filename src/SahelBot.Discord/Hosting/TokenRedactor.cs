namespace SahelBot.Discord.Hosting;

/// <summary>Removes the bot token from text bound for logs or error messages.</summary>
public static class TokenRedactor
{
    public const string Placeholder = "[redacted]";

    // Shorter fragments would match ordinary words; real token parts are far longer.
    private const int MinSecretLength = 16;

    /// <summary>
    /// Replaces the token and its last dot-separated part (the signature, the secret half of a Discord token) with
    /// <see cref="Placeholder"/>, so a truncated or re-assembled token does not leak either.
    /// </summary>
    public static string Redact(string text, string? token)
    {
        ArgumentNullException.ThrowIfNull(text);
        var secret = token?.Trim();
        if (string.IsNullOrEmpty(secret) || secret.Length < MinSecretLength)
        {
            return text;
        }

        var redacted = text.Replace(secret, Placeholder, StringComparison.Ordinal);
        var signature = secret[(secret.LastIndexOf('.') + 1)..];
        if (signature.Length >= MinSecretLength && signature.Length < secret.Length)
        {
            redacted = redacted.Replace(signature, Placeholder, StringComparison.Ordinal);
        }

        return redacted;
    }
}
