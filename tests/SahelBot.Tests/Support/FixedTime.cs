namespace SahelBot.Tests.Support;

/// <summary>A clock stopped at a given instant, so relative dates ("30d") give the same answer every run.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Default = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;
}
