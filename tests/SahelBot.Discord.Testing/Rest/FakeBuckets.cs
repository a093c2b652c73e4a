using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SahelBot.Discord.Testing.Rest;

/// <summary>Real-looking per-route buckets: counts requests per (template, top-level id) and window, and says when to answer 429.</summary>
internal sealed class FakeBuckets(int limit, TimeSpan window)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, (int Used, long WindowStart)> _state = [];

    /// <summary>Headers for this request and whether it overran the bucket.</summary>
    public (Dictionary<string, string> Headers, bool Exceeded, double RetryAfter) Take(string method, string template, string topLevel)
    {
        var now = Stopwatch.GetTimestamp();
        var hash = Hash(method + " " + template);
        var key = hash + ":" + topLevel;
        lock (_gate)
        {
            if (!_state.TryGetValue(key, out var state) || Stopwatch.GetElapsedTime(state.WindowStart, now) >= window)
            {
                state = (0, now);
            }

            var resetAfter = Math.Ceiling(Math.Max(0, (window - Stopwatch.GetElapsedTime(state.WindowStart, now)).TotalSeconds) * 1000) / 1000;
            var exceeded = state.Used >= limit;
            if (!exceeded)
            {
                state.Used++;
            }

            _state[key] = state;
            var headers = new Dictionary<string, string>
            {
                ["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture),
                ["X-RateLimit-Remaining"] = (limit - state.Used).ToString(CultureInfo.InvariantCulture),
                ["X-RateLimit-Reset"] = (DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0 + resetAfter).ToString("0.###", CultureInfo.InvariantCulture),
                ["X-RateLimit-Reset-After"] = resetAfter.ToString("0.###", CultureInfo.InvariantCulture),
                ["X-RateLimit-Bucket"] = hash,
            };
            return (headers, exceeded, resetAfter);
        }
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
