using SahelBot.Discord.Embeds;
using SahelBot.Discord.Models;

namespace SahelBot.Pipeline;

/// <summary>The only way features build message replies, so every reply suppresses mentions and fits Discord's limits.</summary>
public static class Replies
{
    public static InteractionResponse Ephemeral(string content) => InteractionResponse.Message(new InteractionCallbackData
    {
        Content = Truncate(content, EmbedLimits.Content),
        Flags = MessageFlags.Ephemeral,
        AllowedMentions = AllowedMentions.None,
    });

    public static InteractionResponse Embeds(IReadOnlyList<Embed> embeds, IReadOnlyList<Component>? components = null, bool ephemeral = false)
        => InteractionResponse.Message(Data(embeds, components, ephemeral));

    /// <summary>Replaces the message that carried the clicked component (pagination).</summary>
    public static InteractionResponse Update(IReadOnlyList<Embed> embeds, IReadOnlyList<Component>? components = null)
        => InteractionResponse.Update(Data(embeds, components, ephemeral: false));

    public static InteractionCallbackData Data(IReadOnlyList<Embed> embeds, IReadOnlyList<Component>? components, bool ephemeral) => new()
    {
        Embeds = MessageFitter.FitTotal(embeds),
        Components = components is { Count: > 0 } ? components : null,
        Flags = ephemeral ? MessageFlags.Ephemeral : null,
        AllowedMentions = AllowedMentions.None,
    };

    private static string Truncate(string text, int limit) => text.Length <= limit ? text : string.Concat(text.AsSpan(0, limit - 1), "…");
}
