namespace SahelBot.Discord.Testing.Time;

/// <summary>
/// A clock that only moves when a test calls <see cref="Advance"/>; timers created on it fire during that call.
/// Lets rate-limit and heartbeat code be tested without real waiting.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now;
    private long _ticks;

    public ManualTimeProvider(DateTimeOffset? start = null)
    {
        _now = start ?? new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    }

    /// <summary>Every due time a timer was created or changed with, in order: what the code under test asked to wait.</summary>
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

    private readonly List<TimeSpan> _requested = [];

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        lock (_gate)
        {
            return _ticks;
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <summary>Number of timers that are armed and not yet due.</summary>
    public int PendingTimers
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count(t => t.DueAt is not null);
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        long target;
        lock (_gate)
        {
            target = _ticks + by.Ticks;
        }

        while (true)
        {
            ManualTimer? due;
            lock (_gate)
            {
                due = _timers.Where(t => t.DueAt is { } at && at <= target).MinBy(t => t.DueAt);
                if (due is null)
                {
                    _now += TimeSpan.FromTicks(target - _ticks);
                    _ticks = target;
                    return;
                }

                var at = due.DueAt!.Value;
                if (at > _ticks)
                {
                    _now += TimeSpan.FromTicks(at - _ticks);
                    _ticks = at;
                }

                due.DueAt = due.Period is { } period ? _ticks + Math.Max(1, period.Ticks) : null;
            }

            due.Fire();
        }
    }

    internal void Arm(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                _requested.Add(dueTime);
            }

            timer.DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : _ticks + Math.Max(0, dueTime.Ticks);
            timer.Period = period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero ? null : period;
        }

        if (dueTime == TimeSpan.Zero)
        {
            Advance(TimeSpan.Zero);
        }
    }

    internal void Remove(ManualTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }
}
