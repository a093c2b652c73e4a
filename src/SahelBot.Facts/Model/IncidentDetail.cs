namespace SahelBot.Facts.Model;

public sealed record IncidentDetail(
    IncidentSummary Summary,
    IReadOnlyList<string> PlaceAliases,
    double? Latitude,
    double? Longitude,
    string? CoordinatePrecision,
    string? Target,
    int? Injured,
    int? Missing,
    string? ExternalId,
    Provenance Provenance,
    DateTimeOffset? RetractedAt,
    string? RetractedReason,
    int Version);
