namespace SahelBot.Features.Subscriptions.Delivery;

/// <summary>How hard the sender works and how patiently it retries; the REST limiter keeps it inside Discord's limits.</summary>
public sealed record DeliveryOptions
{
    public static DeliveryOptions Default { get; } = new();

    /// <summary>Channels posted to at once; the limiter queues what Discord would refuse, so this only bounds waiting requests.</summary>
    public int Concurrency { get; init; } = 128;

    /// <summary>Channel posts per second at most: 94 % of Discord's global 50/s, the rest is headroom (see <see cref="SendPacer"/>).</summary>
    public int PostsPerSecond { get; init; } = 47;

    /// <summary>Deliveries claimed per round.</summary>
    public int ClaimSize { get; init; } = 2000;

    /// <summary>Rounds of the REST client's own retries a delivery gets before it is marked failed with the reason.</summary>
    public int MaxAttempts { get; init; } = 5;

    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Pause between rounds when nothing was due.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Posted messages edited per round after corrections or retractions.</summary>
    public int EditBatch { get; init; } = 50;

    /// <summary>Exponential backoff with jitter for the <paramref name="attempt"/>th failed round (1-based), capped.</summary>
    public TimeSpan RetryDelay(int attempt, double jitter)
    {
        var exponential = RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, attempt - 1));
        var withJitter = exponential * (0.5 + (jitter / 2));
        return TimeSpan.FromMilliseconds(Math.Min(withJitter, RetryMaxDelay.TotalMilliseconds));
    }
}
