namespace SahelBot.Discord.Rest;

/// <summary>
/// The state of one Discord bucket (or of one route until Discord names its bucket). Until a response has told us
/// the limit, only one request is let through at a time, so concurrent first calls cannot overrun an unknown limit.
/// </summary>
internal sealed class RateLimitBucket
{
    private static readonly TimeSpan SameWindowTolerance = TimeSpan.FromMilliseconds(100);

    private readonly object _gate = new();
    private int? _limit;
    private int _remaining = 1;
    private long _resetAt;
    private TaskCompletionSource _changed = NewSignal();

    public long LastUsed { get; private set; }

    /// <summary>Takes one slot, or says how to wait: a delay when the reset time is known, else the next update.</summary>
    public BucketWait? TryReserve(long now, TimeProvider time)
    {
        lock (_gate)
        {
            LastUsed = now;
            if (_resetAt != 0 && now >= _resetAt)
            {
                _remaining = _limit ?? 1;
                _resetAt = 0;
            }

            if (_remaining > 0)
            {
                _remaining--;
                return null;
            }

            return _resetAt != 0
                ? new BucketWait(time.GetElapsedTime(now, _resetAt), null)
                : new BucketWait(null, _changed.Task);
        }
    }

    public void Update(long now, TimeProvider time, RateLimitHeaders headers)
    {
        lock (_gate)
        {
            LastUsed = now;
            if (headers.Remaining is { } remaining && headers.ResetAfter is { } resetAfter)
            {
                var resetAt = now + ToTicks(time, resetAfter);
                var sameWindow = _limit is not null && (_resetAt == 0 || resetAt <= _resetAt + ToTicks(time, SameWindowTolerance));

                // Answers can arrive out of order: within one window the lowest count (ours included) is the true one.
                _remaining = sameWindow ? Math.Min(_remaining, remaining) : remaining;
                _limit = headers.Limit ?? _limit;
                _resetAt = Math.Max(_resetAt, resetAt);
            }
            else if (_resetAt == 0 && _remaining == 0)
            {
                // The answer carried no limits (or never came): let the next caller learn them.
                _remaining = 1;
            }

            Signal();
        }
    }

    public void Exhaust(long now, TimeProvider time, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            LastUsed = now;
            _remaining = 0;
            _resetAt = now + ToTicks(time, retryAfter);
            Signal();
        }
    }

    public bool IsIdleSince(long cutoff)
    {
        lock (_gate)
        {
            return LastUsed < cutoff && (_resetAt == 0 || _resetAt < cutoff);
        }
    }

    private void Signal()
    {
        var previous = _changed;
        _changed = NewSignal();
        previous.TrySetResult();
    }

    internal static long ToTicks(TimeProvider time, TimeSpan span) =>
        (long)(span.TotalSeconds * time.TimestampFrequency);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
