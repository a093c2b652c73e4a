using System.Globalization;
using SahelBot.Facts.Curated;
using SahelBot.Facts.Model;

namespace SahelBot.Facts.Writes;

/// <summary>
/// The checks every moderator write passes before anything is stored. They match what the curated build
/// accepts, so anything stored can be exported and rebuilt. Each failure throws <see cref="FactWriteException"/>.
/// </summary>
public static class FactValidation
{
    /// <summary>An absolute http(s) address within Discord's URL length; returns it trimmed.</summary>
    public static string SourceUrl(string? text, string subject = "source_url")
    {
        var url = (text ?? "").Trim();
        if (url.Length > FactLimits.Url)
        {
            throw new FactWriteException(FactWriteError.SourceUrlTooLong, subject, FactLimits.Url.ToString(CultureInfo.InvariantCulture));
        }

        if (url.Length == 0
            || url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host)
            || !url.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase))
        {
            throw new FactWriteException(FactWriteError.SourceUrlNotHttp, subject, url);
        }

        return url;
    }

    /// <summary>The extra source lines of the form: one address per line (blank lines ignored), at most five.</summary>
    public static IReadOnlyList<string> ExtraSources(string? text)
    {
        var lines = (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length > FactLimits.ExtraSources)
        {
            throw new FactWriteException(FactWriteError.TooManySources, "sources", FactLimits.ExtraSources.ToString(CultureInfo.InvariantCulture));
        }

        return lines.Select(l => SourceUrl(l, "sources")).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// An event date as yyyy-MM-dd, yyyy-MM or yyyy (the precision follows), not after today and not before 1960.
    /// A month or year counts from its first day, as the store keeps it.
    /// </summary>
    public static (DateOnly Date, DatePrecision Precision) EventDate(string? text, DateOnly today, string subject = "date")
    {
        var value = (text ?? "").Trim();
        var (date, precision) = ParsePartial(value) ?? throw new FactWriteException(FactWriteError.BadDate, subject, value);
        CheckRange(date, today, subject);
        return (date, precision);
    }

    /// <summary>A partial date kept as written (strength as_of, founded), with the same range rule.</summary>
    public static string PartialDate(string? text, DateOnly today, string subject)
    {
        var value = (text ?? "").Trim();
        var (date, _) = ParsePartial(value) ?? throw new FactWriteException(FactWriteError.BadDate, subject, value);
        CheckRange(date, today, subject);
        return value;
    }

    public static string RequiredText(string? text, int limit, string subject)
    {
        var value = OptionalText(text, limit, subject);
        return value ?? throw new FactWriteException(FactWriteError.TextMissing, subject);
    }

    /// <summary>Trimmed text or null; line breaks are allowed, other control characters are not.</summary>
    public static string? OptionalText(string? text, int limit, string subject)
    {
        var value = text?.Trim().Replace("\r\n", "\n", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value.Length > limit)
        {
            throw new FactWriteException(FactWriteError.TextTooLong, subject, limit.ToString(CultureInfo.InvariantCulture));
        }

        if (value.Any(c => char.IsControl(c) && c != '\n'))
        {
            throw new FactWriteException(FactWriteError.ControlCharacters, subject);
        }

        return value;
    }

    /// <summary>
    /// A place name: letters, digits, spaces and the punctuation of real names (- ' ’ . ,). Lists show the
    /// place in places Markdown is not escaped, so nothing that formats, links or mentions is accepted.
    /// </summary>
    public static string Place(string? text, string subject = "place", int limit = FactLimits.Place)
    {
        var value = OptionalText(text, limit, subject) ?? throw new FactWriteException(FactWriteError.PlaceMissing, subject);
        if (!value.Any(char.IsLetter) || value.Any(c => !(char.IsLetterOrDigit(c) || c == ' ' || "-'’.,".Contains(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)))
        {
            throw new FactWriteException(FactWriteError.PlaceCharacters, subject, value);
        }

        return value;
    }

    /// <summary>A value of the closed kind list, whatever its case ("ied" is stored as "IED").</summary>
    public static string Kind(string? kind) =>
        Canonical(CuratedVocabulary.IncidentKinds, kind) ?? throw new FactWriteException(FactWriteError.UnknownKind, "kind", kind);

    public static string? Target(string? target) =>
        target is null ? null : Canonical(CuratedVocabulary.IncidentTargets, target) ?? throw new FactWriteException(FactWriteError.UnknownTarget, "target", target);

    public static string? Affiliation(string? affiliation) =>
        affiliation is null ? null : Canonical(CuratedVocabulary.GroupAffiliations, affiliation) ?? throw new FactWriteException(FactWriteError.UnknownAffiliation, "affiliation", affiliation);

    public static int? Count(long? value, string subject, int max = FactLimits.Deaths)
    {
        if (value is null)
        {
            return null;
        }

        if (value < 0)
        {
            throw new FactWriteException(FactWriteError.NegativeNumber, subject, value.Value.ToString(CultureInfo.InvariantCulture));
        }

        return value > max
            ? throw new FactWriteException(FactWriteError.NumberTooLarge, subject, max.ToString(CultureInfo.InvariantCulture))
            : (int)value.Value;
    }

    /// <summary>A figure typed as text: a whole number, or "none"/"-" to clear it.</summary>
    public static int? CountText(string? text, string subject, int max = FactLimits.Deaths)
    {
        var value = (text ?? "").Trim();
        if (value is "" or "-" or "none" or "aucun")
        {
            return null;
        }

        return long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? Count(number, subject, max)
            : throw new FactWriteException(FactWriteError.BadNumber, subject, value);
    }

    /// <summary>The curated build's fatality rules: a range runs low to high, and the low end covers the deaths by side.</summary>
    public static void Fatalities(int? military, int? civilian, int? min, int? max)
    {
        if (min is { } low && max is { } high && low > high)
        {
            throw new FactWriteException(FactWriteError.InvertedRange, "deaths_min", $"{low} > {high}");
        }

        if (min is { } floor && (military is not null || civilian is not null) && floor < (military ?? 0) + (civilian ?? 0))
        {
            throw new FactWriteException(FactWriteError.MinBelowSides, "deaths_min", $"{floor} < {(military ?? 0) + (civilian ?? 0)}");
        }
    }

    private static string? Canonical(IReadOnlyList<string> allowed, string? value) =>
        allowed.FirstOrDefault(a => string.Equals(a, value?.Trim(), StringComparison.OrdinalIgnoreCase));

    private static void CheckRange(DateOnly date, DateOnly today, string subject)
    {
        if (date > today)
        {
            throw new FactWriteException(FactWriteError.DateInFuture, subject, IsoText.Date(date));
        }

        if (date.Year < FactLimits.EarliestYear)
        {
            throw new FactWriteException(FactWriteError.DateBefore1960, subject, IsoText.Date(date));
        }
    }

    private static (DateOnly, DatePrecision)? ParsePartial(string value)
    {
        var styles = DateTimeStyles.None;
        var culture = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", culture, styles, out var day))
        {
            return (day, DatePrecision.Day);
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM", culture, styles, out var month))
        {
            return (month, DatePrecision.Month);
        }

        return DateOnly.TryParseExact(value, "yyyy", culture, styles, out var year) ? (year, DatePrecision.Year) : null;
    }
}
