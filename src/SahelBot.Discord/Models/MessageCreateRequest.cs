namespace SahelBot.Discord.Models;

/// <summary>Body for creating a message, sending a follow-up or editing an interaction's original message.</summary>
public sealed class MessageCreateRequest
{
    public string? Content { get; init; }

    public string? Nonce { get; init; }

    public bool? EnforceNonce { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public AllowedMentions? AllowedMentions { get; init; }

    public IReadOnlyList<Component>? Components { get; init; }

    public IReadOnlyList<AttachmentInfo>? Attachments { get; init; }

    public MessageFlags? Flags { get; init; }

    public static MessageCreateRequest FromCallbackData(InteractionCallbackData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new MessageCreateRequest
        {
            Content = data.Content,
            Embeds = data.Embeds,
            AllowedMentions = data.AllowedMentions,
            Components = data.Components,
            Attachments = data.Attachments,
            Flags = data.Flags,
        };
    }
}
