namespace SahelBot.Features.Pictures.Geo;

/// <summary>A country's outline: rings of (longitude, latitude) points, outer rings and holes alike.</summary>
public sealed record CountryOutline(string Iso2, string Name, IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> Rings)
{
    public (double West, double South, double East, double North) Bounds { get; } = BoundsOf(Rings);

    private static (double, double, double, double) BoundsOf(IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> rings)
    {
        var points = rings.SelectMany(r => r).ToList();
        return points.Count == 0
            ? (0, 0, 0, 0)
            : (points.Min(p => p.Lon), points.Min(p => p.Lat), points.Max(p => p.Lon), points.Max(p => p.Lat));
    }
}
