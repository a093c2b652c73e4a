using System.Diagnostics;

namespace SahelBot.Discord.Testing.Rest;

/// <summary>Discord's global limit as a fixed one-second window opened by the first request after the last one closed.</summary>
internal sealed class FakeGlobalLimit(int perSecond)
{
    private readonly object _gate = new();
    private long _windowStart;
    private int _used;

    /// <summary>Null when the request may pass; otherwise the seconds until the window reopens.</summary>
    public double? Take()
    {
        var now = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            if (_used == 0 || Stopwatch.GetElapsedTime(_windowStart, now) >= TimeSpan.FromSeconds(1))
            {
                _windowStart = now;
                _used = 0;
            }

            if (_used < perSecond)
            {
                _used++;
                return null;
            }

            return Math.Max(0.001, Math.Round((TimeSpan.FromSeconds(1) - Stopwatch.GetElapsedTime(_windowStart, now)).TotalSeconds, 3));
        }
    }
}
