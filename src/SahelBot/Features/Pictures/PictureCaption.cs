using SahelBot.Facts.Model;
using SahelBot.Formatting;
using SahelBot.Localization;

namespace SahelBot.Features.Pictures;

/// <summary>The lines under both pictures: period and totals, the sources behind them, and what the store covers.</summary>
public static class PictureCaption
{
    private const int MostCited = 4;

    public static string Day(DateOnly date, Texts texts) => FactFormat.Date(date, DatePrecision.Day, texts);

    /// <summary>"Jan 2015 – Jun 2025": the span a title names, by month.</summary>
    public static string Span(DateOnly from, DateOnly to, Texts texts)
    {
        var first = FactFormat.Date(from, DatePrecision.Month, texts);
        var last = FactFormat.Date(to, DatePrecision.Month, texts);
        return first == last ? first : $"{first} – {last}";
    }

    public static string Deaths(int low, int high, Texts texts) => low == high ? texts.Count(low) : $"{texts.Count(low)}–{texts.Count(high)}";

    public static string MostCitedPublishers(SelectionFacts selection, Texts texts, bool markdown)
    {
        var top = selection.Publishers.Take(MostCited)
            .Select(p => $"{(markdown ? Markdown.Escape(p.Publisher) : p.Publisher)} ({texts.Count(p.Citations)})");
        var more = selection.Publishers.Count > MostCited ? ", " + texts.AndMore(selection.Publishers.Count - MostCited) : "";
        return string.Join(", ", top) + more;
    }

    public static IReadOnlyList<string> Lines(
        SelectionFacts selection, int deathsLow, int deathsHigh, DateOnly from, DateOnly to, CountryCoverage? coverage, PictureRequest request, Texts texts)
    {
        var origins = string.Join(", ", selection.Origins.OrderByDescending(o => o.Value).ThenBy(o => o.Key, StringComparer.Ordinal).Select(o => texts.Origin(o.Key, o.Value)));
        var country = request.Country.Name(texts.IsFrench);
        var lines = new List<string>
        {
            texts.CaptionPeriod(Day(from, texts), Day(to, texts), selection.Incidents, Deaths(deathsLow, deathsHigh, texts))
                + (request.Group is { } group ? $" · {texts.Group} {group.ToRef().ShortName ?? group.Name}" : ""),
            texts.CaptionSources(selection.Sources, selection.Publishers.Count, MostCitedPublishers(selection, texts, markdown: false)),
            texts.CaptionCoverage(
                origins,
                country,
                coverage?.First is { } first ? Day(first, texts) : "?",
                coverage?.Last is { } last ? Day(last, texts) : "?"),
        };
        return lines;
    }
}
