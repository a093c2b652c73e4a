namespace SahelBot.Facts.Curated;

/// <summary>A leader entry of a group record.</summary>
internal sealed class CuratedLeader
{
    public string? Name { get; init; }
    public string? Role { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
}
