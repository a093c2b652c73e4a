using System.Collections.Concurrent;

namespace SahelBot.Discord.Rest;

/// <summary>
/// Discord's REST rate limits on a monotonic clock. A request is keyed first by route (method, template, top-level
/// resource); once a response reveals <c>X-RateLimit-Bucket</c>, the route is mapped to that bucket plus its top-level
/// resource, so routes Discord groups share one budget. A global window of 50 requests per second applies to every
/// route but interaction callbacks and webhooks; a global 429 pauses every request.
/// </summary>
public sealed class RestRateLimiter
{
    private static readonly TimeSpan UnknownLimitPatience = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan IdleBucketLifetime = TimeSpan.FromMinutes(5);

    private readonly TimeProvider _time;
    private readonly int _globalPerSecond;
    private readonly ConcurrentDictionary<string, string> _routeToBucket = new();
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new();
    private readonly Queue<long> _globalWindow = new();
    private readonly object _globalGate = new();
    private long _globalBlockedUntil;
    private long _lastSweep;

    public RestRateLimiter(TimeProvider time, int globalRequestsPerSecond = 50)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(globalRequestsPerSecond, 1);
        _time = time;
        _globalPerSecond = globalRequestsPerSecond;
        _lastSweep = time.GetTimestamp();
    }

    /// <summary>Waits until <paramref name="route"/> may be sent, then takes one slot of its bucket and of the global window.</summary>
    public async ValueTask AcquireAsync(RestRoute route, CancellationToken cancellationToken)
    {
        SweepIdleBuckets();
        while (true)
        {
            var bucket = BucketFor(route);
            var wait = bucket.TryReserve(_time.GetTimestamp(), _time);
            if (wait is null)
            {
                break;
            }

            if (wait.Delay is { } delay)
            {
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await wait.NextUpdate!.WaitAsync(UnknownLimitPatience, _time, cancellationToken)
                    .ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default)
                    .ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        await AcquireGlobalAsync(route, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records what a response said about its bucket; <c>null</c> when the request got no response at all.</summary>
    public void Update(RestRoute route, RateLimitHeaders? headers)
    {
        var now = _time.GetTimestamp();
        if (headers?.Bucket is { Length: > 0 } hash)
        {
            var bucketKey = $"{hash} {route.TopLevelResource}";
            _routeToBucket[route.LimitKey] = bucketKey;
            _buckets.GetOrAdd(bucketKey, static _ => new RateLimitBucket()).Update(now, _time, headers);

            // Wake whoever still waits on the route-keyed bucket it used before the hash was known.
            if (_buckets.TryGetValue(route.LimitKey, out var routeBucket))
            {
                routeBucket.Update(now, _time, headers);
            }

            return;
        }

        BucketFor(route).Update(now, _time, headers ?? new RateLimitHeaders(null, null, null, null, false, null, null));
    }

    /// <summary>A 429: hold the route's bucket, or every request when Discord says the limit is global.</summary>
    public void OnRateLimited(RestRoute route, TimeSpan retryAfter, bool global)
    {
        var now = _time.GetTimestamp();
        if (global)
        {
            lock (_globalGate)
            {
                _globalBlockedUntil = Math.Max(_globalBlockedUntil, now + RateLimitBucket.ToTicks(_time, retryAfter));
            }

            return;
        }

        BucketFor(route).Exhaust(now, _time, retryAfter);
    }

    private RateLimitBucket BucketFor(RestRoute route)
    {
        var key = _routeToBucket.TryGetValue(route.LimitKey, out var bucketKey) ? bucketKey : route.LimitKey;
        return _buckets.GetOrAdd(key, static _ => new RateLimitBucket());
    }

    private async ValueTask AcquireGlobalAsync(RestRoute route, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan delay;
            lock (_globalGate)
            {
                var now = _time.GetTimestamp();
                if (_globalBlockedUntil > now)
                {
                    delay = _time.GetElapsedTime(now, _globalBlockedUntil);
                }
                else if (route.ExemptFromGlobalLimit)
                {
                    return;
                }
                else
                {
                    var windowStart = now - _time.TimestampFrequency;
                    while (_globalWindow.Count > 0 && _globalWindow.Peek() <= windowStart)
                    {
                        _globalWindow.Dequeue();
                    }

                    if (_globalWindow.Count < _globalPerSecond)
                    {
                        _globalWindow.Enqueue(now);
                        return;
                    }

                    delay = _time.GetElapsedTime(windowStart, _globalWindow.Peek());
                }
            }

            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private void SweepIdleBuckets()
    {
        var now = _time.GetTimestamp();
        var last = Interlocked.Read(ref _lastSweep);
        var lifetime = RateLimitBucket.ToTicks(_time, IdleBucketLifetime);
        if (now - last < lifetime || Interlocked.CompareExchange(ref _lastSweep, now, last) != last)
        {
            return;
        }

        // Interaction and webhook routes carry a fresh token each time; without this the maps would only grow.
        var cutoff = now - lifetime;
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.IsIdleSince(cutoff))
            {
                _buckets.TryRemove(key, out _);
            }
        }

        foreach (var (routeKey, bucketKey) in _routeToBucket)
        {
            if (!_buckets.ContainsKey(bucketKey))
            {
                _routeToBucket.TryRemove(routeKey, out _);
            }
        }
    }
}
