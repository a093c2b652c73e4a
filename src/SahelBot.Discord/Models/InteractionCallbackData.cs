namespace SahelBot.Discord.Models;

/// <summary>Data of an interaction response: message fields, autocomplete choices or modal fields.</summary>
public sealed class InteractionCallbackData
{
    public bool? Tts { get; init; }

    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public AllowedMentions? AllowedMentions { get; init; }

    public MessageFlags? Flags { get; init; }

    public IReadOnlyList<Component>? Components { get; init; }

    public IReadOnlyList<AttachmentInfo>? Attachments { get; init; }

    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; init; }

    public string? CustomId { get; init; }

    public string? Title { get; init; }
}
