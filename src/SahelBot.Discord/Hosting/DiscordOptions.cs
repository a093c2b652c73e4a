namespace SahelBot.Discord.Hosting;

/// <summary>Discord settings, bound from the "Discord" configuration section.</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    public const string GatewayMode = "gateway";

    public const string HttpMode = "http";

    /// <summary>Bot token. Secret: never log it.</summary>
    public string Token { get; set; } = "";

    public ulong ApplicationId { get; set; }

    /// <summary>Application public key as 64 hex characters; required in HTTP mode.</summary>
    public string PublicKey { get; set; } = "";

    /// <summary>"gateway" or "http": how interactions reach the bot.</summary>
    public string Mode { get; set; } = GatewayMode;

    public int ShardId { get; set; }

    public int ShardCount { get; set; } = 1;

    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>Replaces the URL from <c>GET /gateway/bot</c>, for tests against a fake gateway.</summary>
    public string? GatewayUrlOverride { get; set; }

    public string UserAgentUrl { get; set; } = "https://github.com/sahelbot/sahelbot";

    public string UserAgentVersion { get; set; } = "0.1.0";

    public override string ToString() =>
        $"DiscordOptions {{ ApplicationId = {ApplicationId}, Mode = {Mode}, ShardId = {ShardId}, ShardCount = {ShardCount}, ApiBaseUrl = {ApiBaseUrl}, Token = *** }}";
}
