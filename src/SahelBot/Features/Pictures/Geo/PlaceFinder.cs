using System.Text.RegularExpressions;
using SahelBot.Facts;
using SahelBot.Facts.Model;

namespace SahelBot.Features.Pictures.Geo;

/// <summary>
/// Places incidents stored without coordinates, in this order: the place or one of its aliases is a town of the
/// country; a part of the place text is ("Koulogon (Bankass circle)", "Bosso and Diffa", "Gaskindé (near Djibo)");
/// the summary says it happened near a town ("near Bankass"); the incident's region. Each answer is cached per
/// distinct place, so 100 k incidents at a few hundred places cost a few hundred lookups.
/// </summary>
public sealed partial class PlaceFinder(Gazetteer gazetteer)
{
    private const int MinimumNameLength = 3;
    private const int MaxWords = 3;

    public PlacedPoint Place(string country, MapPoint incident, Dictionary<string, (double Lat, double Lon, Placement How, string? Town)?> cache)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(cache);
        if (incident.Latitude is { } lat && incident.Longitude is { } lon)
        {
            return new PlacedPoint(incident, lat, lon, Placement.Stored);
        }

        var key = string.Join('\u001F', [incident.Place, incident.Admin1 ?? "", incident.NearText ?? "", .. incident.Aliases]);
        if (!cache.TryGetValue(key, out var found))
        {
            found = Find(country, incident);
            cache[key] = found;
        }

        return found is { } point
            ? new PlacedPoint(incident, point.Lat, point.Lon, point.How, point.Town)
            : new PlacedPoint(incident, null, null, Placement.None);
    }

    private (double, double, Placement, string?)? Find(string country, MapPoint incident)
    {
        var region = gazetteer.FindRegion(country, incident.Admin1);
        var seat = gazetteer.FindTown(country, TextNormalizer.Fold(incident.Admin1));
        var anchor = region ?? (seat is null ? null : (seat.Lat, seat.Lon));

        // The place first ("Agadez (army barracks) and Arlit" is at Agadez), then each alias: whole, then its parts.
        foreach (var name in new[] { incident.Place }.Concat(incident.Aliases))
        {
            if ((gazetteer.FindTown(country, TextNormalizer.Fold(name), anchor) ?? Parts(name).Select(Words).FirstOrDefault(t => t is not null)) is { } town)
            {
                return (town.Lat, town.Lon, Placement.Town, town.Name);
            }
        }

        if (incident.NearText is { } near && Words(FirstWords(LeadingWords().Match(near).Value)) is { } nearTown)
        {
            return (nearTown.Lat, nearTown.Lon, Placement.Town, nearTown.Name);
        }

        return anchor is { } point ? (point.Lat, point.Lon, Placement.Region, null) : null;

        Town? Words(string text)
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
}
