using Microsoft.Extensions.Logging;
using SahelBot.Discord.Models;

namespace SahelBot.Discord.Gateway;

/// <summary>
/// Keeps IDENTIFY within <c>session_start_limit</c>: no more than <c>max_concurrency</c> per window, and none at all
/// while <c>remaining</c> is 0 (Discord resets the token of a bot that exceeds its daily identifies).
/// </summary>
internal sealed class GatewayIdentifyLimiter(TimeProvider time, TimeSpan window, ILogger logger)
{
    private readonly Queue<long> _recent = new();
    private int? _remaining;
    private long _remainingResetsAt;

    /// <summary>The last known budget is spent: fetch fresh numbers before the next identify.</summary>
    public bool Exhausted => _remaining is <= 0;

    public void Refresh(SessionStartLimit limit)
    {
        _remaining = limit.Remaining;
        _remainingResetsAt = time.GetTimestamp() + (long)(limit.ResetAfter / 1000.0 * time.TimestampFrequency);
    }

    public async Task WaitAsync(int maxConcurrency, CancellationToken cancellationToken)
    {
        var now = time.GetTimestamp();
        if (_remaining is <= 0 && now < _remainingResetsAt)
        {
            var wait = time.GetElapsedTime(now, _remainingResetsAt);
            logger.LogError("Discord allows no more sessions today (session_start_limit.remaining = 0); waiting {Minutes:0.#} min before identifying", wait.TotalMinutes);
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            _remaining = null;
        }

        var concurrency = Math.Max(1, maxConcurrency);
        while (true)
        {
            now = time.GetTimestamp();
            while (_recent.Count > 0 && time.GetElapsedTime(_recent.Peek(), now) >= window)
            {
                _recent.Dequeue();
            }

            if (_recent.Count < concurrency)
            {
                _recent.Enqueue(now);
                _remaining = _remaining - 1;
                return;
            }

            await Task.Delay(window - time.GetElapsedTime(_recent.Peek(), now), time, cancellationToken).ConfigureAwait(false);
        }
    }
}
