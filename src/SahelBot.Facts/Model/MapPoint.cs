namespace SahelBot.Facts.Model;

/// <summary>
/// An incident as a map needs it. Coordinates are null for most incidents; then the place, its aliases, the
/// region (Admin1) and <see cref="NearText"/> (the words after "near" in the summary, if any) help place it.
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
    int? DeathsHigh,
    IReadOnlyList<string> Aliases,
    string? NearText);
