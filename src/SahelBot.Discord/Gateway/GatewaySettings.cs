namespace SahelBot.Discord.Gateway;

/// <summary>Knobs of <see cref="GatewayClient"/> that are not deployment configuration.</summary>
public sealed record GatewaySettings
{
    public static GatewaySettings Default { get; } = new();

    /// <summary>GUILDS (1 &lt;&lt; 0): enough for GUILD_DELETE; INTERACTION_CREATE needs no intent.</summary>
    public int Intents { get; init; } = 1;

    /// <summary>Random numbers in [0, 1) for heartbeat and reconnect jitter; replaceable for deterministic tests.</summary>
    public Func<double> NextRandom { get; init; } = Random.Shared.NextDouble;

    public TimeSpan ReconnectBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Discord allows <c>max_concurrency</c> identifies per this window.</summary>
    public TimeSpan IdentifyWindow { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Payloads per connection and <see cref="SendWindow"/> (Discord closes connections that send more than 120 per minute).</summary>
    public int SendLimit { get; init; } = 120;

    public TimeSpan SendWindow { get; init; } = TimeSpan.FromSeconds(60);
}
