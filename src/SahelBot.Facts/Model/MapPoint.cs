namespace SahelBot.Facts.Model;

/// <summary>
/// An incident as a map needs it. Coordinates are null for most incidents; then the place and the region (Admin1)
/// usually place it, and <see cref="PlaceHints"/> are read for the few the place name alone cannot.
/// </summary>
public sealed record MapPoint(
    string Id,
    DateOnly Date,
    DatePrecision DatePrecision,
    string Place,
    string? Admin1,
    double? Latitude,
    double? Longitude,
    string? CoordinatePrecision,
    string Kind,
    int? DeathsLow,
    int? DeathsHigh);
