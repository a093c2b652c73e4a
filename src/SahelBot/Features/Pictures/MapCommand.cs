using SahelBot.Discord.Models;
using SahelBot.Facts.Model;
using SahelBot.Facts.Queries;
using SahelBot.Features.Common;
using SahelBot.Features.Pictures.Geo;
using SahelBot.Features.Pictures.Map;
using SahelBot.Formatting;
using SahelBot.Localization;
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
        var reads = PictureReads.Start(request, DeadliestShown, trends, stats, cancellationToken);
        var spotsRead = Task.Run(() => maps.SpotsAsync(filter, cancellationToken), cancellationToken);
        var countriesRead = countries.AllAsync(cancellationToken);
        await reads.AllAsync(spotsRead, countriesRead);
        var selection = reads.Selection.Result;
        if (selection.Incidents == 0)
        {
            return PictureReply.Nothing(title, texts);
        }

        var code = request.Country.Code;
        var spots = spotsRead.Result;
        var placed = await finder.PlaceAllAsync(code, spots, places => HintedSpotsAsync(filter, spots, places, cancellationToken));
        var unplacedCount = placed.Where(p => p.How == Placement.None).Sum(p => p.Spot.Incidents);
        var unplaced = await UnplacedAsync(code, filter, placed, texts, cancellationToken);
        var deadliest = reads.Deadliest.Result;
        var coverage = reads.Coverage.Result;
        var names = countriesRead.Result.ToDictionary(c => c.Code, c => c.Name(texts.IsFrench), StringComparer.Ordinal);
        var from = request.Since ?? selection.First!.Value;
        var to = request.Until ?? selection.Last!.Value;
        var low = placed.Sum(p => p.Spot.DeathsLow);
        var high = placed.Sum(p => p.Spot.DeathsHigh);
        title = $"{title}, {PictureCaption.Span(from, to, texts)}";
        var caption = PictureCaption.Lines(selection, low, high, from, to, coverage, request, texts).Append(texts.MapCredits).ToList();
        var model = new MapPictureModel(title, texts.MapSubtitle, request.Country.Code, placed, names, unplaced, unplacedCount, caption, texts);
        var png = await Task.Run(() => MapPicture.Render(model, outlines, gazetteer), cancellationToken);

        var embed = PictureReply.Embed(title, selection, low, high, from, to, deadliest, texts);
        var stored = placed.Where(p => p.How == Placement.Stored).Sum(p => p.Spot.Incidents);
        var approximate = placed.Where(p => p.How is Placement.Town or Placement.Region).Sum(p => p.Spot.Incidents);
        var unplacedText = texts.PlacementLine(stored, approximate, unplacedCount);
        if (unplacedCount > 0)
        {
            unplacedText += "\n" + string.Join("\n", unplaced.Take(UnplacedInEmbed).Select(Markdown.Escape))
                + (unplacedCount > UnplacedInEmbed ? "\n" + texts.AndMore(unplacedCount - UnplacedInEmbed) : "");
        }

        embed.AddField(texts.NotPlacedField, unplacedText);
        return PictureReply.Build(embed, FileName, png, texts.MapImageDescription(countryName, PictureCaption.Day(from, texts), PictureCaption.Day(to, texts)));
    }

    /// <summary>
    /// The hinted spots of these places. Reading hints costs a row and an alias lookup per incident, so the places
    /// are shared out by incident count over one read per core, run together.
    /// </summary>
    private async Task<IReadOnlyList<MapSpot>> HintedSpotsAsync(
        IncidentFilter filter, IReadOnlyList<MapSpot> spots, IReadOnlyCollection<string> places, CancellationToken cancellationToken)
    {
        var cores = Math.Clamp(Environment.ProcessorCount, 1, 4);
        var shares = Enumerable.Range(0, cores).Select(_ => new List<string>()).ToArray();
        var loads = new int[cores];
        var weights = spots.Where(s => s.Latitude is null || s.Longitude is null)
            .GroupBy(s => s.Place, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(s => s.Incidents), StringComparer.Ordinal);
        foreach (var place in places.OrderByDescending(p => weights.GetValueOrDefault(p)).ThenBy(p => p, StringComparer.Ordinal))
        {
            var lightest = Array.IndexOf(loads, loads.Min());
            shares[lightest].Add(place);
            loads[lightest] += weights.GetValueOrDefault(place);
        }

        var reads = shares.Where(s => s.Count > 0).Select(share => Task.Run(() => maps.HintedSpotsAsync(filter, share, cancellationToken), cancellationToken));
        return (await Task.WhenAll(reads)).SelectMany(r => r).ToList();
    }

    /// <summary>
    /// "date place" of the oldest incidents that could not be placed, as many as the map lists (the count comes from
    /// the spots): read one by one, for those places only, and no further than needed.
    /// </summary>
    private async Task<IReadOnlyList<string>> UnplacedAsync(string country, IncidentFilter filter, IReadOnlyList<PlacedSpot> placed, Texts texts, CancellationToken cancellationToken)
    {
        var places = placed.Where(p => p.How == Placement.None).Select(p => p.Spot.Place).ToHashSet(StringComparer.Ordinal);
        var failures = new Dictionary<string, bool>(StringComparer.Ordinal);
        var listed = new List<string>();
        await foreach (var incident in maps.IncidentsWithoutCoordinatesAsync(filter, places, cancellationToken))
        {
            if (finder.CannotPlace(country, incident.Place, incident.Admin1, incident.Hints, failures))
            {
                listed.Add($"{FactFormat.Date(incident.Date, incident.DatePrecision, texts)} {incident.Place}");
                if (listed.Count == MapPicture.UnplacedListed)
                {
                    break;
                }
            }
        }

        return listed;
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
