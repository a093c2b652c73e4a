namespace SahelBot.Facts.Curated;

/// <summary>A strength entry of a deployment record.</summary>
internal sealed class CuratedStrength
{
    public string? AsOf { get; init; }
    public int? Troops { get; init; }
    public string? Note { get; init; }
}
