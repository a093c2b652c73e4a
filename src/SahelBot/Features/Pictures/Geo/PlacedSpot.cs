using SahelBot.Facts.Model;

namespace SahelBot.Features.Pictures.Geo;

/// <summary>A spot with the coordinates it is drawn at (null when <see cref="How"/> is None) and the gazetteer town that placed it, if one did.</summary>
public sealed record PlacedSpot(MapSpot Spot, double? Lat, double? Lon, Placement How, string? Town = null);
