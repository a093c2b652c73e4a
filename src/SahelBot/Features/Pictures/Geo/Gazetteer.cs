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

    private readonly Dictionary<(string Country, string Folded), Town> _towns = [];
    private readonly Dictionary<(string Country, string Folded), (double Lat, double Lon)> _regions = [];

    private Gazetteer(IReadOnlyList<Town> towns)
    {
        All = towns;
        foreach (var town in towns)
        {
            _towns.TryAdd((town.Country, TextNormalizer.Fold(town.Name)), town);
        }

        // A region is found at its town of the same name ("Mopti"), else at the middle of its towns ("Sahel").
        foreach (var region in towns.Where(t => t.Region.Length > 0).GroupBy(t => (t.Country, Folded: TextNormalizer.Fold(t.Region))))
        {
            var seat = _towns.GetValueOrDefault(region.Key);
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

    public Town? FindTown(string country, string folded) => _towns.GetValueOrDefault((country, folded));

    public (double Lat, double Lon)? FindRegion(string country, string? region)
    {
        var folded = TextNormalizer.Fold(region);
        if (folded.EndsWith(" region", StringComparison.Ordinal))
        {
            folded = folded[..^" region".Length];
        }

        return folded.Length > 0 && _regions.TryGetValue((country, folded), out var point) ? point : null;
    }

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
