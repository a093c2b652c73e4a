using SkiaSharp;

namespace SahelBot.Features.Pictures.Geo;

/// <summary>
/// Equirectangular projection with longitudes shrunk by the cosine of the view's middle latitude (true scale there,
/// close enough across the Sahel's 15° of latitude). It frames a country's bounds with a margin inside a frame
/// and widens the view to fill the frame, so neighbours fill the rest.
/// </summary>
public sealed class MapProjection
{
    private const double KilometresPerDegree = 111.32;
    private readonly double _scale;
    private readonly double _cos;
    private readonly double _centerLon;
    private readonly double _centerLat;
    private readonly SKRect _frame;

    public MapProjection((double West, double South, double East, double North) bounds, SKRect frame, double margin = 0.08)
    {
        _frame = frame;
        _centerLon = (bounds.West + bounds.East) / 2;
        _centerLat = (bounds.South + bounds.North) / 2;
        _cos = Math.Cos(_centerLat * Math.PI / 180);
        var width = Math.Max(0.5, (bounds.East - bounds.West) * _cos) * (1 + (2 * margin));
        var height = Math.Max(0.5, bounds.North - bounds.South) * (1 + (2 * margin));
        _scale = Math.Min(frame.Width / width, frame.Height / height);
    }

    /// <summary>Pixels per degree of latitude.</summary>
    public double PixelsPerDegree => _scale;

    public double PixelsPerKilometre => _scale / KilometresPerDegree;

    public SKPoint Project(double lat, double lon) => new(
        (float)(_frame.MidX + ((lon - _centerLon) * _cos * _scale)),
        (float)(_frame.MidY - ((lat - _centerLat) * _scale)));
}
