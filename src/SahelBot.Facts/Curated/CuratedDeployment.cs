namespace SahelBot.Facts.Curated;

/// <summary>A record of data/curated/deployments.json.</summary>
internal sealed class CuratedDeployment
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Kind { get; init; }
    public List<string>? Contributors { get; init; }
    public List<string>? HostCountries { get; init; }
    public string? Start { get; init; }
    public string? End { get; init; }
    public List<CuratedStrength>? Strength { get; init; }
    public string? Summary { get; init; }
    public List<string>? SourceIds { get; init; }
}
