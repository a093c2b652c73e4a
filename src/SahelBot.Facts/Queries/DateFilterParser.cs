using System.Globalization;
using System.Text.RegularExpressions;

namespace SahelBot.Facts.Queries;

/// <summary>
/// Parses the since/until options: a date (2019-12-10), a month (2019-12), a year (2019), or a span
/// back from today (30d, 2w, 6m, 1y). A month or year means its first day for "since" and its last
/// day for "until".
/// </summary>
public static partial class DateFilterParser
{
    public const string Accepted = "a date (2019-12-10), a month (2019-12), a year (2019), or a span back from today (30d, 2w, 6m, 1y)";

    public static bool TryParseSince(string text, DateOnly today, out DateOnly since, out string? error) =>
        TryParse(text, today, untilEnd: false, out since, out error);

    public static bool TryParseUntil(string text, DateOnly today, out DateOnly until, out string? error) =>
        TryParse(text, today, untilEnd: true, out until, out error);

    private static bool TryParse(string text, DateOnly today, bool untilEnd, out DateOnly value, out string? error)
    {
        value = default;
        error = null;
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            error = $"No date given. Use {Accepted}.";
            return false;
        }

        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            value = day;
            return true;
        }

        if (DateOnly.TryParseExact(trimmed, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            value = untilEnd ? month.AddMonths(1).AddDays(-1) : month;
            return true;
        }

        if (DateOnly.TryParseExact(trimmed, "yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var year))
        {
            value = untilEnd ? new DateOnly(year.Year, 12, 31) : year;
            return true;
        }

        var match = RelativeSpan().Match(trimmed);
        if (match.Success && int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            try
            {
                value = char.ToLowerInvariant(match.Groups["unit"].Value[0]) switch
                {
                    'd' => today.AddDays(-n),
                    'w' => today.AddDays(-7 * n),
                    'm' => today.AddMonths(-n),
                    _ => today.AddYears(-n),
                };
                return true;
            }
            catch (ArgumentOutOfRangeException)
            {
                error = $"'{trimmed}' goes back too far. Use {Accepted}.";
                return false;
            }
        }

        error = $"'{trimmed}' is not a date I understand. Use {Accepted}.";
        return false;
    }

    [GeneratedRegex(@"^(?<n>\d{1,5})\s*(?<unit>[dwmyDWMY])$")]
    private static partial Regex RelativeSpan();
}
