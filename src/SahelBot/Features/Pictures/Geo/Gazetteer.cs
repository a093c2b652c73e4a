using System.Text.Json;
using SahelBot.Facts;

namespace SahelBot.Features.Pictures.Geo;

/// <summary>
/// Towns of the five Sahel countries from GeoNames (CC BY 4.0), derived by tools/geodata/derive.mjs, looked up by
/// folded name within a country. Where two towns share a name, the first in the file (sorted) wins, so lookups
/// are deterministic.
/// </summary>
public sealed class Gazetteer
{
    private static readonly HashSet<string> Capitals = new(StringComparer.Ordinal) { "bamako", "niamey", "ouagadougou", "ndjamena", "nouakchott" };

    private const double MaxDegreesFromRegion = 5;

    private readonly Dictionary<(string Country, string Folded), List<Town>> _towns = [];
    private readonly Dictionary<(string Country, string Folded), (double Lat, double Lon)> _regions = [];

    private Gazetteer(IReadOnlyList<Town> towns)
    {
        All = towns;
        foreach (var town in towns)
        {
            var key = (town.Country, TextNormalizer.Fold(town.Name));
            if (!_towns.TryGetValue(key, out var same))
            {
                _towns[key] = same = [];
            }

            same.Add(town);
        }

        // A region is found at its town of the same name ("Mopti"), else at the middle of its towns ("Sahel").
        foreach (var region in towns.Where(t => t.Region.Length > 0).GroupBy(t => (t.Country, Folded: TextNormalizer.Fold(t.Region))))
        {
            var seat = FindTown(region.Key.Country, region.Key.Folded);
            _regions[region.Key] = seat is not null && seat.Region.Length > 0 && TextNormalizer.Fold(seat.Region) == region.Key.Folded
                ? (seat.Lat, seat.Lon)
                : (Math.Round(region.Average(t => t.Lat), 2), Math.Round(region.Average(t => t.Lon), 2));
        }

        Landmarks = towns
            .Where(t => Capitals.Contains(TextNormalizer.Fold(t.Name))
                || (t.Region.Length > 0 && TextNormalizer.Fold(t.Name) == TextNormalizer.Fold(t.Region)))
            .GroupBy(t => (t.Country, TextNormalizer.Fold(t.Name)))
            .Select(g => g.First())
            .ToList();
    }

    public IReadOnlyList<Town> All { get; }

    /// <summary>National capitals and towns named like their region: the places a reader orients by.</summary>
    public IReadOnlyList<Town> Landmarks { get; }

    public static bool IsCapital(Town town) => Capitals.Contains(TextNormalizer.Fold(town.Name));

    /// <summary>
    /// The town of that folded name; given <paramref name="near"/> (the incident's region), the one of that name
    /// nearest to it and within 5° of it, else the first.
    /// </summary>
    public Town? FindTown(string country, string folded, (double Lat, double Lon)? near = null)
    {
        if (!_towns.TryGetValue((country, folded), out var same))
        {
            return null;
        }

        if (near is not { } anchor)
        {
            return same[0];
        }

        // A town far from the incident's region is another place of that name (or a misfiled record): not this one.
        var nearest = same.MinBy(t => Distance2(t, anchor))!;
        return Distance2(nearest, anchor) <= MaxDegreesFromRegion * MaxDegreesFromRegion ? nearest : null;
    }

    public (double Lat, double Lon)? FindRegion(string country, string? region)
    {
        var folded = TextNormalizer.Fold(region);
        if (folded.EndsWith(" region", StringComparison.Ordinal))
        {
            folded = folded[..^" region".Length];
        }

        return folded.Length > 0 && _regions.TryGetValue((country, folded), out var point) ? point : null;
    }

    private static double Distance2(Town town, (double Lat, double Lon) point) =>
        ((town.Lat - point.Lat) * (town.Lat - point.Lat)) + ((town.Lon - point.Lon) * (town.Lon - point.Lon));

    public static Gazetteer Load()
    {
        using var stream = PictureResources.Open("sahel-places.json");
        using var document = JsonDocument.Parse(stream);
        var towns = document.RootElement.GetProperty("places").EnumerateArray()
            .Select(p => new Town(
                p.GetProperty("name").GetString()!,
                p.GetProperty("country").GetString()!,
                p.GetProperty("region").GetString()!,
                p.GetProperty("lat").GetDouble(),
                p.GetProperty("lon").GetDouble()))
            .ToList();
        return new Gazetteer(towns);
    }
}
