namespace SahelBot.Facts.Curated;

/// <summary>A record of data/curated/sources.json.</summary>
internal sealed class CuratedSource
{
    public string? Id { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Publisher { get; init; }
    public string? Published { get; init; }
}
