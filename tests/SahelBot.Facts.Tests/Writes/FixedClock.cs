namespace SahelBot.Facts.Tests.Writes;

/// <summary>A clock stopped at one instant, so "today" and audit timestamps are the same every run.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Default = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;
}
