namespace SahelBot.Discord.Models;

/// <summary>Body of a 429 response.</summary>
public sealed class RateLimitResponse
{
    public string Message { get; init; } = "";

    /// <summary>Seconds to wait, with decimals.</summary>
    public double RetryAfter { get; init; }

    public bool Global { get; init; }

    public int? Code { get; init; }
}
