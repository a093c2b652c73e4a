using SahelBot.Discord.Models;
using SahelBot.Facts.Model;
using SahelBot.Facts.Queries;
using SahelBot.Features.Common;
using SahelBot.Features.Pictures.Trend;
using SahelBot.Localization;
using SahelBot.Pipeline;

namespace SahelBot.Features.Pictures;

/// <summary><c>/trend country [since] [until] [group] [by]</c>: a chart of incidents and reported deaths per period, as a PNG.</summary>
public sealed class TrendCommand(FactResolver resolver, Suggestions suggestions, TrendQueries trends, StatsQueries stats) : ISlashCommand
{
    public const string FileName = "trend.png";
    private const int Annotated = 5;
    private const int DeadliestRead = 60;

    public ApplicationCommand Definition { get; } = Definitions.Command(
        "trend", "Chart of incidents and reported deaths per month, quarter or year in a Sahel country",
        "tendance", "Graphique des incidents et des morts rapportés par mois, trimestre ou année dans un pays du Sahel",
        SharedOptions.Country(required: true),
        SharedOptions.Since(),
        SharedOptions.Until(),
        SharedOptions.Group(required: false),
        Definitions.String(
            "by", "Period of each bar (default: month)", "par", "Période de chaque barre (par défaut : mois)",
            choices: TrendPeriods.All.Select(Choice).ToList()));

    public async Task<InteractionResponse> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var request = await PictureRequest.ReadAsync(context, resolver, cancellationToken);
        var by = context.Options.String("by") ?? TrendPeriods.Month;
        if (!TrendPeriods.All.Contains(by))
        {
            throw new UserInputException(t => t.UnknownPeriod(by));
        }

        var texts = context.Texts;
        var title = texts.TrendTitle(request.Country.Name(texts.IsFrench), by);
        var reads = PictureReads.Start(request, DeadliestRead, trends, stats, cancellationToken);
        var cellsRead = Task.Run(() => trends.MonthlyAsync(request.Filter, cancellationToken), cancellationToken);
        await reads.AllAsync(cellsRead);
        var selection = reads.Selection.Result;
        if (selection.Incidents == 0)
        {
            return PictureReply.Nothing(title, texts);
        }

        var cells = cellsRead.Result;
        var deadliest = reads.Deadliest.Result;
        var coverage = reads.Coverage.Result;
        var from = request.Since ?? selection.First!.Value;
        var to = request.Until ?? selection.Last!.Value;
        var buckets = TrendPeriods.Buckets(cells, by, from, to);
        var low = cells.Sum(c => c.DeathsLow);
        var high = cells.Sum(c => c.DeathsHigh);
        title = $"{title}, {PictureCaption.Span(from, to, texts)}";
        var model = new TrendChartModel(
            title,
            texts.TrendSubtitle,
            by,
            buckets,
            Annotations(buckets, deadliest, by, texts),
            PictureCaption.Lines(selection, low, high, from, to, coverage, request, texts),
            texts);
        var png = await Task.Run(() => TrendChart.Render(model), cancellationToken);
        var embed = PictureReply.Embed(title, selection, low, high, from, to, deadliest, texts);
        return PictureReply.Build(embed, FileName, png, texts.TrendImageDescription(request.Country.Name(texts.IsFrench), PictureCaption.Day(from, texts), PictureCaption.Day(to, texts)));
    }

    public Task<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var focused = context.Options.Focused;
        var text = context.Options.String(focused?.Name ?? "") ?? "";
        return focused?.Name == "group"
            ? suggestions.GroupsAsync(text, context.GuildId, cancellationToken)
            : suggestions.CountriesAsync(text, context.Texts, cancellationToken);
    }

    /// <summary>The deadliest periods, each labelled with its deadliest incident's place and toll when that incident is most of the period's toll, else with the period's toll.</summary>
    private static IReadOnlyList<(DateOnly, string)> Annotations(IReadOnlyList<TrendBucket> buckets, IReadOnlyList<IncidentSummary> deadliest, string by, Texts texts)
    {
        // Labelled periods stay a twelfth of the chart apart, so their labels have room.
        var spacing = Math.Max(1, buckets.Count / 12);
        var chosen = new List<int>();
        foreach (var index in Enumerable.Range(0, buckets.Count).Where(i => buckets[i].DeathsHigh > 0).OrderByDescending(i => buckets[i].DeathsHigh).ThenBy(i => i))
        {
            if (chosen.Count < Annotated && chosen.All(c => Math.Abs(c - index) >= spacing))
            {
                chosen.Add(index);
            }
        }

        return chosen.Select(i => Annotation(buckets[i], deadliest, by, texts)).ToList();
    }

    private static (DateOnly, string) Annotation(TrendBucket bucket, IReadOnlyList<IncidentSummary> deadliest, string by, Texts texts)
    {
        var period = TrendPeriods.Label(bucket.Start, by, texts);
        var top = deadliest.FirstOrDefault(i => TrendPeriods.StartOf(i.Date, by) == bucket.Start);
        var f = top?.Fatalities;
        if (f is null || (f.Max ?? f.Min ?? Sum(f)) is not { } toll || toll * 2 < bucket.DeathsLow)
        {
            return (bucket.Start, $"{period}: {PictureCaption.Deaths(bucket.DeathsLow, bucket.DeathsHigh, texts)}");
        }

        var deaths = PictureCaption.Deaths(f.Min ?? f.Max ?? toll, f.Max ?? f.Min ?? toll, texts);
        return (bucket.Start, $"{period} · {ShortPlace(top!.Place)} {deaths}");
    }

    private static int? Sum(Fatalities f) => f.Military is null && f.Civilian is null ? null : (f.Military ?? 0) + (f.Civilian ?? 0);

    /// <summary>"Intazayane, Bakorat, Wirsnat (Tillia department)" reads "Intazayane" in a label.</summary>
    public static string ShortPlace(string place)
    {
        var end = place.IndexOfAny(['(', ',', ';', '/']);
        var first = (end > 0 ? place[..end] : place).Trim();
        var and = first.IndexOf(" and ", StringComparison.Ordinal);
        return and > 0 ? first[..and] : first;
    }

    private static ApplicationCommandOptionChoice Choice(string by) => new()
    {
        Name = Texts.English.PeriodName(by),
        NameLocalizations = Definitions.French(Texts.French.PeriodName(by)),
        Value = ApplicationCommandOptionChoice.String(by, by).Value,
    };
}
