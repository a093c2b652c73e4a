using SahelBot.Discord.Models;
using SahelBot.Facts.Queries;
using SahelBot.Features.Common;
using SahelBot.Features.Pictures.Geo;
using SahelBot.Features.Pictures.Map;
using SahelBot.Formatting;
using SahelBot.Pipeline;

namespace SahelBot.Features.Pictures;

/// <summary><c>/map country [since] [until] [group]</c>: a map of the incidents, sized by deaths and coloured by kind, as a PNG.</summary>
public sealed class MapCommand(
    FactResolver resolver,
    Suggestions suggestions,
    TrendQueries trends,
    MapQueries maps,
    StatsQueries stats,
    CountryQueries countries,
    Outlines outlines,
    Gazetteer gazetteer,
    PlaceFinder finder) : ISlashCommand
{
    public const string FileName = "map.png";
    private const int DeadliestShown = 3;
    private const int UnplacedInEmbed = 8;

    public ApplicationCommand Definition { get; } = Definitions.Command(
        "map", "Map of incidents in a Sahel country, sized by reported deaths and coloured by kind",
        "carte", "Carte des incidents dans un pays du Sahel, selon les morts rapportés et le type",
        SharedOptions.Country(required: true),
        SharedOptions.Since(),
        SharedOptions.Until(),
        SharedOptions.Group(required: false));

    public async Task<InteractionResponse> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var request = await PictureRequest.ReadAsync(context, resolver, cancellationToken);
        var texts = context.Texts;
        var countryName = request.Country.Name(texts.IsFrench);
        var title = texts.MapTitle(countryName);
        if (outlines.Find(request.Country.Code) is null)
        {
            return PictureReply.Nothing(title, texts);
        }

        var filter = request.Filter;
        var selection = await trends.SelectionAsync(filter, cancellationToken);
        if (selection.Incidents == 0)
        {
            return PictureReply.Nothing(title, texts);
        }

        var points = await maps.PointsAsync(filter, cancellationToken);
        var cache = new Dictionary<string, (double Lat, double Lon, Placement How, string? Town)?>(StringComparer.Ordinal);
        var placed = points.Select(p => finder.Place(request.Country.Code, p, cache)).ToList();
        var unplaced = placed.Where(p => p.How == Placement.None)
            .OrderBy(p => p.Incident.Date)
            .ThenBy(p => p.Incident.Id, StringComparer.Ordinal)
            .Select(p => $"{FactFormat.Date(p.Incident.Date, p.Incident.DatePrecision, texts)} {p.Incident.Place}")
            .ToList();
        var deadliest = await trends.DeadliestAsync(filter, DeadliestShown, cancellationToken);
        var coverage = (await stats.GetAsync(context.GuildId, cancellationToken)).Coverage.FirstOrDefault(c => c.Country.Code == request.Country.Code);
        var names = (await countries.AllAsync(cancellationToken)).ToDictionary(c => c.Code, c => c.Name(texts.IsFrench), StringComparer.Ordinal);
        var from = request.Since ?? selection.First!.Value;
        var to = request.Until ?? selection.Last!.Value;
        var low = points.Sum(p => p.DeathsLow ?? 0);
        var high = points.Sum(p => p.DeathsHigh ?? 0);
        title = $"{title}, {PictureCaption.Span(from, to, texts)}";
        var caption = PictureCaption.Lines(selection, low, high, from, to, coverage, request, texts).Append(texts.MapCredits).ToList();
        var model = new MapPictureModel(title, texts.MapSubtitle, request.Country.Code, placed, names, unplaced, caption, texts);
        var png = await Task.Run(() => MapPicture.Render(model, outlines, gazetteer), cancellationToken);

        var embed = PictureReply.Embed(title, selection, low, high, from, to, deadliest, texts);
        var stored = placed.Count(p => p.How == Placement.Stored);
        var approximate = placed.Count(p => p.How is Placement.Town or Placement.Region);
        var unplacedText = texts.PlacementLine(stored, approximate, unplaced.Count);
        if (unplaced.Count > 0)
        {
            unplacedText += "\n" + string.Join("\n", unplaced.Take(UnplacedInEmbed).Select(Markdown.Escape))
                + (unplaced.Count > UnplacedInEmbed ? "\n" + texts.AndMore(unplaced.Count - UnplacedInEmbed) : "");
        }

        embed.AddField(texts.NotPlacedField, unplacedText);
        return PictureReply.Build(embed, FileName, png, texts.MapImageDescription(countryName, PictureCaption.Day(from, texts), PictureCaption.Day(to, texts)));
    }

    public Task<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var focused = context.Options.Focused;
        var text = context.Options.String(focused?.Name ?? "") ?? "";
        return focused?.Name == "group"
            ? suggestions.GroupsAsync(text, context.GuildId, cancellationToken)
            : suggestions.CountriesAsync(text, context.Texts, cancellationToken);
    }
}
