namespace SahelBot.Discord.Rest;

/// <summary>How often and how patiently the REST client retries 5xx answers, timeouts and 429s.</summary>
public sealed record RestRetryPolicy
{
    public static RestRetryPolicy Default { get; } = new();

    /// <summary>Attempts for server errors and timeouts, the first one included.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>429 answers tolerated for one call before it fails.</summary>
    public int MaxRateLimitRetries { get; init; } = 5;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Exponential backoff with full jitter on top, capped at <see cref="MaxDelay"/>.</summary>
    public TimeSpan BackoffDelay(int failedAttempts, double jitter)
    {
        var exponential = BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, failedAttempts - 1));
        var withJitter = exponential + (BaseDelay.TotalMilliseconds * jitter);
        return TimeSpan.FromMilliseconds(Math.Min(withJitter, MaxDelay.TotalMilliseconds));
    }
}
