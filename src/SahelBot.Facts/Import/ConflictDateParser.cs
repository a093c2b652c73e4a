using System.Globalization;

namespace SahelBot.Facts.Import;

/// <summary>
/// Reads the event dates of every export layout, culture-invariant with English month names:
/// 2022-09-23 (a time part is dropped), 16 May 2025, 16-Feb-21, 12-September-22, 29/12/2015, 29-12-2015,
/// and Excel serial day numbers. A two-digit year takes its century from the row's year column, else 20xx.
/// </summary>
internal static class ConflictDateParser
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    private static readonly char[] Separators = ['-', '/', ' ', '.'];

    public static bool TryParse(string? text, int? yearColumn, out DateOnly date, out string? error)
    {
        date = default;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "no date";
            return false;
        }

        var value = WithoutTime(text.Trim());
        if (value.Length == 10 && value[4] == '-' && value[7] == '-'
            && TryNumber(value.AsSpan(0, 4), out var y) && TryNumber(value.AsSpan(5, 2), out var m) && TryNumber(value.AsSpan(8, 2), out var d))
        {
            return Build(y, m, d, yearColumn, text, out date, out error);
        }

        var parts = value.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1 && parts[0].Length == 5 && TryNumber(parts[0], out var serial))
        {
            date = ExcelEpoch.AddDays(serial);
            return CheckYear(date, yearColumn, text, out error);
        }

        if (parts.Length != 3)
        {
            error = $"'{text}' is not a date";
            return false;
        }

        if (parts[0].Length == 4 && TryNumber(parts[0], out y) && TryMonth(parts[1], out m) && TryNumber(parts[2], out d))
        {
            return Build(y, m, d, yearColumn, text, out date, out error);
        }

        if (parts[0].Length <= 2 && TryNumber(parts[0], out d) && TryMonth(parts[1], out m) && TryYear(parts[2], yearColumn, out y))
        {
            return Build(y, m, d, yearColumn, text, out date, out error);
        }

        error = $"'{text}' is not a date";
        return false;
    }

    private static string WithoutTime(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return text;
        }

        var cut = text.LastIndexOfAny([' ', 'T'], colon);
        return cut > 0 ? text[..cut] : text;
    }

    private static bool Build(int year, int month, int day, int? yearColumn, string text, out DateOnly date, out string? error)
    {
        date = default;
        if (year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = $"'{text}' is not a date";
            return false;
        }

        date = new DateOnly(year, month, day);
        return CheckYear(date, yearColumn, text, out error);
    }

    private static bool CheckYear(DateOnly date, int? yearColumn, string text, out string? error)
    {
        error = yearColumn is { } year && year != date.Year ? $"event date '{text}' is not in the row's year {year}" : null;
        return error is null;
    }

    private static bool TryYear(string text, int? yearColumn, out int year)
    {
        if (!TryNumber(text, out year))
        {
            return false;
        }

        if (text.Length == 4)
        {
            return true;
        }

        if (text.Length != 2)
        {
            return false;
        }

        if (yearColumn is { } column && column % 100 == year)
        {
            year = column;
            return true;
        }

        year += 2000;
        if (year > DateTime.UtcNow.Year + 1)
        {
            year -= 100;
        }

        return true;
    }

    private static bool TryMonth(string text, out int month)
    {
        if (TryNumber(text, out month))
        {
            return text.Length <= 2;
        }

        if (text.Length >= 3)
        {
            var lower = text.ToLowerInvariant();
            for (var i = 0; i < Months.Length; i++)
            {
                if (Months[i].StartsWith(lower, StringComparison.Ordinal) || (i == 8 && lower == "sept"))
                {
                    month = i + 1;
                    return true;
                }
            }
        }

        month = 0;
        return false;
    }

    private static bool TryNumber(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
