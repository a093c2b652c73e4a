namespace SahelBot.Facts.Curated;

/// <summary>A record of data/curated/incidents.json.</summary>
internal sealed class CuratedIncident
{
    public string? Id { get; init; }
    public string? Date { get; init; }
    public string? DatePrecision { get; init; }
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public string? Location { get; init; }
    public List<string>? LocationAliases { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? Kind { get; init; }
    public string? Target { get; init; }
    public List<string>? PerpetratorGroupIds { get; init; }
    public List<string>? ClaimedByGroupIds { get; init; }
    public CuratedFatalities? Fatalities { get; init; }
    public int? Injured { get; init; }
    public int? Missing { get; init; }
    public string? Summary { get; init; }
    public List<string>? SourceIds { get; init; }
}
