namespace SahelBot.Features.Pictures.Geo;

/// <summary>A GeoNames town: name, ISO2 country, first-level region name, coordinates (0.01° precision).</summary>
public sealed record Town(string Name, string Country, string Region, double Lat, double Lon);
