namespace SahelBot.Facts.Model;

/// <summary>What else may place an incident its place name cannot: the place's aliases and <see cref="NearText"/>, the words after "near" in the summary.</summary>
public sealed record PlaceHints(IReadOnlyList<string> Aliases, string? NearText)
{
    public static PlaceHints None { get; } = new([], null);
}
