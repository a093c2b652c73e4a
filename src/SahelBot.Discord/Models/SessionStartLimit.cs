namespace SahelBot.Discord.Models;

/// <summary>How many more sessions the bot may start, and how fast.</summary>
public sealed class SessionStartLimit
{
    public int Total { get; init; }

    public int Remaining { get; init; }

    /// <summary>Milliseconds until <see cref="Remaining"/> resets.</summary>
    public long ResetAfter { get; init; }

    public int MaxConcurrency { get; init; }
}
