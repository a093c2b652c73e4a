using System.Globalization;
using System.Net.Http.Headers;

namespace SahelBot.Discord.Rest;

/// <summary>The rate-limit facts one Discord response carries in its headers.</summary>
public sealed record RateLimitHeaders(int? Limit, int? Remaining, TimeSpan? ResetAfter, string? Bucket, bool Global, string? Scope, TimeSpan? RetryAfter)
{
    public static RateLimitHeaders Parse(HttpResponseHeaders headers)
    {
        return new RateLimitHeaders(
            ParseInt(headers, "X-RateLimit-Limit"),
            ParseInt(headers, "X-RateLimit-Remaining"),
            ParseSeconds(headers, "X-RateLimit-Reset-After"),
            First(headers, "X-RateLimit-Bucket"),
            string.Equals(First(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
            First(headers, "X-RateLimit-Scope"),
            ParseSeconds(headers, "Retry-After"));
    }

    private static string? First(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static int? ParseInt(HttpResponseHeaders headers, string name) =>
        int.TryParse(First(headers, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static TimeSpan? ParseSeconds(HttpResponseHeaders headers, string name) =>
        double.TryParse(First(headers, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
