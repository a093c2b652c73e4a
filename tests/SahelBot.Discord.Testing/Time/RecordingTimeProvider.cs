namespace SahelBot.Discord.Testing.Time;

/// <summary>The real clock, but remembering every timer due time asked of it: lets a test check how long code chose to wait without timing it.</summary>
public sealed class RecordingTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<TimeSpan> _requested = [];

    public IReadOnlyList<TimeSpan> RequestedDelays
    {
        get
        {
            lock (_gate)
            {
                return [.. _requested];
            }
        }
    }

    public override long TimestampFrequency => System.TimestampFrequency;

    public override long GetTimestamp() => System.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            _requested.Add(dueTime);
        }

        return System.CreateTimer(callback, state, dueTime, period);
    }
}
