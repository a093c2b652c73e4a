namespace SahelBot.Features.Subscriptions.Delivery;

/// <summary>
/// Spaces channel posts evenly at <c>perSecond</c>, below Discord's global limit. The REST limiter already stops at
/// 50 in any second, but bursts of 50 measured on Discord's clock (arrival times, its own window phase) still meet
/// global 429s; evenly spaced posts with a little headroom do not, and leave room for the bot's other REST calls.
/// </summary>
public sealed class SendPacer(TimeProvider time, int perSecond)
{
    private readonly object _gate = new();
    private readonly long _interval = time.TimestampFrequency / Math.Max(1, perSecond);
    private long _nextSlot;

    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        TimeSpan delay;
        lock (_gate)
        {
            var now = time.GetTimestamp();
            var slot = Math.Max(now, _nextSlot);
            _nextSlot = slot + _interval;
            delay = slot > now ? time.GetElapsedTime(now, slot) : TimeSpan.Zero;
        }

        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, cancellationToken);
        }
    }
}
