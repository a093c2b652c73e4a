namespace SahelBot.Discord.Testing;

/// <summary>How the fake Discord behaves; the defaults are lenient so end-to-end tests are not slowed down.</summary>
public sealed record FakeDiscordOptions
{
    /// <summary>When set, routes that need a bot token answer 401 unless <c>Authorization: Bot &lt;token&gt;</c> matches, and IDENTIFY/RESUME with another token are closed with 4004.</summary>
    public string? BotToken { get; init; }

    /// <summary>Requests per bucket and window before the fake answers 429 (per route template and top-level id).</summary>
    public int BucketLimit { get; init; } = 50;

    public TimeSpan BucketWindow { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Requests per second over every route but interaction callbacks and webhooks before a global 429 (Discord: 50); null = no global limit.</summary>
    public int? GlobalLimit { get; init; }

    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(41.25);

    /// <summary><c>session_start_limit.remaining</c> in GET /gateway/bot.</summary>
    public int SessionStartRemaining { get; init; } = 999;

    /// <summary>Folder for one JSON file per received request; defaults to the <c>DISCORD_CAPTURE_DIR</c> environment variable.</summary>
    public string? CaptureDirectory { get; init; } = Environment.GetEnvironmentVariable("DISCORD_CAPTURE_DIR");
}
