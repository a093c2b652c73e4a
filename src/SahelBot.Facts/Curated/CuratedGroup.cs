namespace SahelBot.Facts.Curated;

/// <summary>A record of data/curated/groups.json.</summary>
internal sealed class CuratedGroup
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public List<string>? Aliases { get; init; }
    public string? Affiliation { get; init; }
    public List<string>? ActiveCountries { get; init; }
    public string? Founded { get; init; }
    public List<CuratedLeader>? Leaders { get; init; }
    public string? Summary { get; init; }
    public List<string>? SourceIds { get; init; }
}
