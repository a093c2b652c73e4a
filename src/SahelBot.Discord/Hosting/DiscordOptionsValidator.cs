using Microsoft.Extensions.Options;

namespace SahelBot.Discord.Hosting;

/// <summary>
/// Checks <see cref="DiscordOptions"/> at start-up and names every missing or malformed setting by its configuration
/// key. Messages never contain the token, whatever was configured.
/// </summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    private const string Prefix = DiscordOptions.SectionName + ":";

    // Snowflakes carry milliseconds since 2015 above bit 22; anything smaller cannot be a real id.
    private const ulong SmallestSnowflake = 1UL << 22;

    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.Token))
        {
            failures.Add($"{Prefix}Token is missing (set it in configuration or the environment variable Discord__Token).");
        }
        else if (options.Token.Trim().StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"{Prefix}Token must be the bare token, without the \"Bot \" prefix.");
        }
        else if (options.Token.Trim().Any(char.IsWhiteSpace))
        {
            failures.Add($"{Prefix}Token is malformed: it contains whitespace.");
        }

        if (options.ApplicationId < SmallestSnowflake)
        {
            failures.Add($"{Prefix}ApplicationId is missing or not a snowflake (the application id from the Developer Portal).");
        }

        var isHttp = string.Equals(options.Mode, DiscordOptions.HttpMode, StringComparison.OrdinalIgnoreCase);
        var isGateway = string.Equals(options.Mode, DiscordOptions.GatewayMode, StringComparison.OrdinalIgnoreCase);
        if (!isHttp && !isGateway)
        {
            failures.Add($"{Prefix}Mode must be \"{DiscordOptions.GatewayMode}\" or \"{DiscordOptions.HttpMode}\".");
        }

        if (isHttp && !IsPublicKey(options.PublicKey))
        {
            failures.Add($"{Prefix}PublicKey must be the application's public key as 64 hexadecimal characters when Mode is \"{DiscordOptions.HttpMode}\".");
        }

        if (options.ShardCount < 1)
        {
            failures.Add($"{Prefix}ShardCount must be at least 1.");
        }

        if (options.ShardId < 0 || (options.ShardCount >= 1 && options.ShardId >= options.ShardCount))
        {
            failures.Add($"{Prefix}ShardId must be between 0 and ShardCount - 1 (ShardId {options.ShardId}, ShardCount {options.ShardCount}).");
        }

        if (!IsAbsolute(options.ApiBaseUrl, "https", "http"))
        {
            failures.Add($"{Prefix}ApiBaseUrl must be an absolute http(s) URL.");
        }

        if (!string.IsNullOrEmpty(options.GatewayUrlOverride) && !IsAbsolute(options.GatewayUrlOverride, "wss", "ws"))
        {
            failures.Add($"{Prefix}GatewayUrlOverride must be an absolute ws(s) URL when set.");
        }

        if (!IsAbsolute(options.UserAgentUrl, "https", "http"))
        {
            failures.Add($"{Prefix}UserAgentUrl must be an absolute http(s) URL (Discord requires it in the User-Agent).");
        }

        if (string.IsNullOrWhiteSpace(options.UserAgentVersion) || options.UserAgentVersion.Any(char.IsWhiteSpace))
        {
            failures.Add($"{Prefix}UserAgentVersion must be a version such as 1.0.0.");
        }

        return failures.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(failures.Select(f => TokenRedactor.Redact(f, options.Token)));
    }

    private static bool IsPublicKey(string? key) =>
        key is { Length: 64 } && key.All(char.IsAsciiHexDigit);

    private static bool IsAbsolute(string? url, params string[] schemes) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase);
}
