namespace SahelBot.Discord.Models;

/// <summary>A rich embed. Use <c>EmbedBuilder</c> to stay inside Discord's limits.</summary>
public sealed record Embed
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Url { get; init; }

    /// <summary>ISO 8601 timestamp.</summary>
    public string? Timestamp { get; init; }

    public int? Color { get; init; }

    public EmbedFooter? Footer { get; init; }

    public EmbedMedia? Image { get; init; }

    public EmbedMedia? Thumbnail { get; init; }

    public EmbedAuthor? Author { get; init; }

    public IReadOnlyList<EmbedField>? Fields { get; init; }
}
