using System.Text.RegularExpressions;
using SahelBot.Facts;
using SahelBot.Facts.Model;

namespace SahelBot.Features.Pictures.Geo;

/// <summary>
/// Places incidents stored without coordinates, in this order: the place or one of its aliases is a town of the
/// country; a part of the place text is ("Koulogon (Bankass circle)", "Bosso and Diffa", "Gaskindé (near Djibo)");
/// the summary says it happened near a town ("near Bankass"); the incident's region. It places spots (incidents
/// grouped by place and kind), and the place name alone settles most of them, so the hints (aliases, summary) are
/// read only for the rest; every answer is cached per distinct place.
/// </summary>
public sealed partial class PlaceFinder(Gazetteer gazetteer)
{
    private const int MinimumNameLength = 3;
    private const int MaxWords = 3;

    /// <summary>
    /// Places every spot: by stored coordinates, else by its place name; the spots of places their name cannot
    /// place are replaced by the spots <paramref name="hintedSpotsFor"/> returns for those places (the same
    /// incidents grouped by their hints, asked once, or not at all), each placed by its hints.
    /// </summary>
    public async Task<IReadOnlyList<PlacedSpot>> PlaceAllAsync(
        string country, IReadOnlyList<MapSpot> spots, Func<IReadOnlyCollection<string>, Task<IReadOnlyList<MapSpot>>> hintedSpotsFor)
    {
        ArgumentNullException.ThrowIfNull(spots);
        ArgumentNullException.ThrowIfNull(hintedSpotsFor);
        var byName = new Dictionary<(string Place, string? Admin1), PlacedAt?>();
        var placed = new List<PlacedSpot>(spots.Count);
        var undecided = new HashSet<(string Place, string? Admin1)>();
        foreach (var spot in spots)
        {
            if (PlaceByName(country, spot, byName) is { } found)
            {
                placed.Add(found);
            }
            else
            {
                undecided.Add((spot.Place, spot.Admin1));
            }
        }

        if (undecided.Count > 0)
        {
            var hinted = await hintedSpotsFor(undecided.Select(u => u.Place).ToHashSet(StringComparer.Ordinal));
            var byHints = new Dictionary<string, PlacedAt?>(StringComparer.Ordinal);
            // The places were asked for by name only: a place decided by name in another region is left out.
            foreach (var spot in hinted.Where(h => undecided.Contains((h.Place, h.Admin1))))
            {
                placed.Add(At(spot, PlaceByHints(country, spot.Place, spot.Admin1, spot.Hints ?? PlaceHints.None, byHints)));
            }
        }

        return placed;
    }

    /// <summary>Places one spot, its hints (if any) at hand, with no cache.</summary>
    public PlacedSpot Place(string country, MapSpot spot)
    {
        ArgumentNullException.ThrowIfNull(spot);
        return PlaceByName(country, spot, []) ?? At(spot, PlaceByHints(country, spot.Place, spot.Admin1, spot.Hints ?? PlaceHints.None, []));
    }

    /// <summary>Whether placing an incident without coordinates by these hints fails (the map lists such incidents).</summary>
    public bool CannotPlace(string country, string place, string? admin1, PlaceHints hints, Dictionary<string, bool> cache)
    {
        ArgumentNullException.ThrowIfNull(hints);
        ArgumentNullException.ThrowIfNull(cache);
        var key = HintKey(place, admin1, hints);
        if (!cache.TryGetValue(key, out var fails))
        {
            fails = FindTownNamed(country, place, Anchor(country, admin1)) is null && FindByHints(country, admin1, hints) is null;
            cache[key] = fails;
        }

        return fails;
    }

    private PlacedSpot? PlaceByName(string country, MapSpot spot, Dictionary<(string Place, string? Admin1), PlacedAt?> cache)
    {
        if (spot.Latitude is { } lat && spot.Longitude is { } lon)
        {
            return new PlacedSpot(spot, lat, lon, Placement.Stored);
        }

        var key = (spot.Place, spot.Admin1);
        if (!cache.TryGetValue(key, out var found))
        {
            found = FindTownNamed(country, spot.Place, Anchor(country, spot.Admin1)) is { } town ? new PlacedAt(town.Lat, town.Lon, Placement.Town, town.Name) : null;
            cache[key] = found;
        }

        return found is null ? null : At(spot, found);
    }

    private PlacedAt? PlaceByHints(string country, string place, string? admin1, PlaceHints hints, Dictionary<string, PlacedAt?> cache)
    {
        var key = HintKey(place, admin1, hints);
        if (!cache.TryGetValue(key, out var found))
        {
            found = FindByHints(country, admin1, hints);
            cache[key] = found;
        }

        return found;
    }

    /// <summary>The spot drawn where it was placed; not placed when nothing placed it.</summary>
    private static PlacedSpot At(MapSpot spot, PlacedAt? at) =>
        at is null ? new PlacedSpot(spot, null, null, Placement.None) : new PlacedSpot(spot, at.Lat, at.Lon, at.How, at.Town);

    private static string HintKey(string place, string? admin1, PlaceHints hints) =>
        string.Join('\u001F', [place, admin1 ?? "", hints.NearText ?? "", .. hints.Aliases]);

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
