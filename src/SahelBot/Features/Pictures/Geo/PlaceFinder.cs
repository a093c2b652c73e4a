using System.Text.RegularExpressions;
using SahelBot.Facts;
using SahelBot.Facts.Model;

namespace SahelBot.Features.Pictures.Geo;

/// <summary>
/// Places incidents stored without coordinates, in this order: the place or one of its aliases is a town of the
/// country; a part of the place text is ("Koulogon (Bankass circle)", "Bosso and Diffa", "Gaskindé (near Djibo)");
/// the summary says it happened near a town ("near Bankass"); the incident's region. The place name alone settles
/// most incidents, so the hints (aliases, summary) are read only for the rest, and every answer is cached per
/// distinct place: 100 k incidents at a few hundred places cost a few hundred lookups.
/// </summary>
public sealed partial class PlaceFinder(Gazetteer gazetteer)
{
    private const int MinimumNameLength = 3;
    private const int MaxWords = 3;

    /// <summary>
    /// Places every point: by stored coordinates, else by its place name, else by the hints
    /// <paramref name="hintsFor"/> returns for the ids the name could not place (one call, or none).
    /// </summary>
    public async Task<IReadOnlyList<PlacedPoint>> PlaceAllAsync(
        string country, IReadOnlyList<MapPoint> points, Func<IReadOnlyCollection<string>, Task<IReadOnlyDictionary<string, PlaceHints>>> hintsFor)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(hintsFor);
        var byName = new Dictionary<(string Place, string? Admin1), PlacedAt?>();
        var placed = new PlacedPoint?[points.Count];
        var undecided = new List<int>();
        for (var n = 0; n < points.Count; n++)
        {
            var point = points[n];
            placed[n] = PlaceByName(country, point, byName);
            if (placed[n] is null)
            {
                undecided.Add(n);
            }
        }

        if (undecided.Count > 0)
        {
            var hints = await hintsFor(undecided.Select(n => points[n].Id).ToHashSet(StringComparer.Ordinal));
            var byHints = new Dictionary<string, PlacedAt?>(StringComparer.Ordinal);
            foreach (var n in undecided)
            {
                placed[n] = PlaceByHints(country, points[n], hints.GetValueOrDefault(points[n].Id) ?? PlaceHints.None, byHints);
            }
        }

        return placed.Select(p => p!).ToList();
    }

    /// <summary>Places one incident with its hints at hand (no cache).</summary>
    public PlacedPoint Place(string country, MapPoint incident, PlaceHints hints) =>
        PlaceByName(country, incident, []) ?? PlaceByHints(country, incident, hints, []);

    private PlacedPoint? PlaceByName(string country, MapPoint incident, Dictionary<(string Place, string? Admin1), PlacedAt?> cache)
    {
        if (incident.Latitude is { } lat && incident.Longitude is { } lon)
        {
            return new PlacedPoint(incident, lat, lon, Placement.Stored);
        }

        var key = (incident.Place, incident.Admin1);
        if (!cache.TryGetValue(key, out var found))
        {
            found = FindTownNamed(country, incident.Place, Anchor(country, incident.Admin1)) is { } town ? new PlacedAt(town.Lat, town.Lon, Placement.Town, town.Name) : null;
            cache[key] = found;
        }

        return found is { } at ? new PlacedPoint(incident, at.Lat, at.Lon, at.How, at.Town) : null;
    }

    private PlacedPoint PlaceByHints(string country, MapPoint incident, PlaceHints hints, Dictionary<string, PlacedAt?> cache)
    {
        var key = string.Join('\u001F', [incident.Place, incident.Admin1 ?? "", hints.NearText ?? "", .. hints.Aliases]);
        if (!cache.TryGetValue(key, out var found))
        {
            found = FindByHints(country, incident.Admin1, hints);
            cache[key] = found;
        }

        return found is { } at
            ? new PlacedPoint(incident, at.Lat, at.Lon, at.How, at.Town)
            : new PlacedPoint(incident, null, null, Placement.None);
    }

    private PlacedAt? FindByHints(string country, string? admin1, PlaceHints hints)
    {
        var anchor = Anchor(country, admin1);
        foreach (var alias in hints.Aliases)
        {
            if (FindTownNamed(country, alias, anchor) is { } town)
            {
                return new PlacedAt(town.Lat, town.Lon, Placement.Town, town.Name);
            }
        }

        if (hints.NearText is { } near && FindTownInWords(country, FirstWords(LeadingWords().Match(near).Value), anchor) is { } nearTown)
        {
            return new PlacedAt(nearTown.Lat, nearTown.Lon, Placement.Town, nearTown.Name);
        }

        return anchor is { } point ? new PlacedAt(point.Lat, point.Lon, Placement.Region, null) : null;
    }

    /// <summary>The region's middle, else its seat of the same name: the point a region places at, and what breaks ties between towns of one name.</summary>
    private (double Lat, double Lon)? Anchor(string country, string? admin1)
    {
        var region = gazetteer.FindRegion(country, admin1);
        var seat = gazetteer.FindTown(country, TextNormalizer.Fold(admin1));
        return region ?? (seat is null ? null : (seat.Lat, seat.Lon));
    }

    /// <summary>A name as a whole ("Agadez (army barracks) and Arlit" is at Agadez), else its parts.</summary>
    private Town? FindTownNamed(string country, string name, (double Lat, double Lon)? anchor) =>
        gazetteer.FindTown(country, TextNormalizer.Fold(name), anchor)
        ?? Parts(name).Select(part => FindTownInWords(country, part, anchor)).FirstOrDefault(t => t is not null);

    /// <summary>The longest run of up to three words of the text that is a town, leftmost first.</summary>
    private Town? FindTownInWords(string country, string text, (double Lat, double Lon)? anchor)
    {
        var words = TextNormalizer.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var length = Math.Min(MaxWords, words.Length); length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                var candidate = string.Join(' ', words, start, length);
                if (candidate.Length >= MinimumNameLength && !IsCountryWord(candidate) && gazetteer.FindTown(country, candidate, anchor) is { } town)
                {
                    return town;
                }
            }
        }

        return null;
    }

    private static string FirstWords(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(MaxWords));

    /// <summary>"Koulogon (Bankass circle)" gives "Koulogon", "Bankass circle"; "Bosso and Diffa" gives "Bosso", "Diffa".</summary>
    private static IEnumerable<string> Parts(string name) =>
        Separators().Split(name).Select(p => p.Trim()).Where(p => p.Length > 0);

    // Country names are also words of places ("Northern Mali"); a town that happens to share one must not win.
    private static bool IsCountryWord(string folded) => folded is "mali" or "niger" or "chad" or "tchad" or "burkina" or "faso" or "mauritania" or "mauritanie";

    [GeneratedRegex(@"\(|\)|,|;|/| and | et | or ", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^[\p{L}' \-]+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingWords();

    private sealed record PlacedAt(double Lat, double Lon, Placement How, string? Town);
}
