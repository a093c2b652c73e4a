using System.Globalization;
using System.Text;
using SahelBot.Facts.Model;
using SahelBot.Localization;

namespace SahelBot.Formatting;

/// <summary>How facts read in an embed: event dates as calendar dates with their precision, figures as reported, sources as numbered links.</summary>
public static class FactFormat
{
    private static readonly string[] MonthsEn = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    // Spelled out here rather than taken from CultureInfo so the Docker image needs no ICU data.
    private static readonly string[] MonthsFr = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];

    public static string Date(DateOnly date, DatePrecision precision, Texts texts)
    {
        var month = (texts.IsFrench ? MonthsFr : MonthsEn)[date.Month - 1];
        return precision switch
        {
            DatePrecision.Year => date.Year.ToString(CultureInfo.InvariantCulture),
            DatePrecision.Month => $"{month} {date.Year}",
            _ => $"{date.Day} {month} {date.Year}",
        };
    }

    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"71", "8–9 (sources disagree)", or "not reported".</summary>
    public static string Deaths(Fatalities fatalities, Texts texts)
    {
        if (fatalities.IsRange)
        {
            return $"{Number(fatalities.Min!.Value)}–{Number(fatalities.Max!.Value)} ({texts.SourcesDisagree})";
        }

        var single = fatalities.Min ?? fatalities.Max ?? Sum(fatalities.Military, fatalities.Civilian);
        return single is { } value ? Number(value) : texts.Unknown;
    }

    public static string Place(IncidentSummary incident, Texts texts)
    {
        var place = Markdown.Escape(incident.Place);
        var admin = string.IsNullOrWhiteSpace(incident.Admin1) ? "" : $", {Markdown.Escape(incident.Admin1)}";
        return $"{place}{admin}, {Markdown.Escape(incident.Country.Name(texts.IsFrench))}";
    }

    public static string Groups(IReadOnlyList<GroupRef> groups) =>
        string.Join(", ", groups.Select(g => Markdown.Escape(g.ShortName is null ? g.Name : $"{g.ShortName} ({g.Name})")));

    public static string GroupsShort(IReadOnlyList<GroupRef> groups) =>
        string.Join(", ", groups.Select(g => Markdown.Escape(g.ShortName ?? g.Name)));

    /// <summary>"[1](url) [2](url) +3 more": compact citations for a list line.</summary>
    public static string SourceLinks(IReadOnlyList<SourceRef> sources, int max, Texts texts)
    {
        var builder = new StringBuilder();
        foreach (var source in sources.Take(max))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(source.Url is null
                ? $"[{source.Number}] {Markdown.Escape(source.Publisher ?? source.Title)} ({texts.NoLink})"
                : Markdown.Link(source.Number.ToString(CultureInfo.InvariantCulture), source.Url));
        }

        if (sources.Count > max)
        {
            builder.Append(' ').Append(texts.AndMore(sources.Count - max));
        }

        return builder.ToString();
    }

    /// <summary>One numbered line per source: "1. [Title](url) — Publisher, 2019-12-11".</summary>
    public static IEnumerable<string> SourceLines(IReadOnlyList<SourceRef> sources, Texts texts) =>
        sources.Select(source =>
        {
            var title = source.Url is null
                ? $"{Markdown.Escape(source.Title)} ({texts.NoLink})"
                : Markdown.Link(source.Title, source.Url);
            var publisher = source.Publisher is null ? "" : $" — {Markdown.Escape(source.Publisher)}";
            var published = source.Published is { } day ? $", {day:yyyy-MM-dd}" : "";
            return $"{source.Number}. {title}{publisher}{published}";
        });

    private static int? Sum(int? a, int? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);
}
