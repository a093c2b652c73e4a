using System.Text.Json.Serialization;

namespace SahelBot.Discord.Models;

/// <summary>The answer to an interaction: a callback type and its optional data.</summary>
public sealed class InteractionResponse
{
    public InteractionCallbackType Type { get; init; }

    public InteractionCallbackData? Data { get; init; }

    /// <summary>Files to upload with the response; they force a multipart callback instead of an inline answer.</summary>
    [JsonIgnore]
    public IReadOnlyList<FileAttachment>? Files { get; init; }

    public static InteractionResponse Pong() => new() { Type = InteractionCallbackType.Pong };

    public static InteractionResponse Message(InteractionCallbackData data) =>
        new() { Type = InteractionCallbackType.ChannelMessageWithSource, Data = data };

    public static InteractionResponse Update(InteractionCallbackData data) =>
        new() { Type = InteractionCallbackType.UpdateMessage, Data = data };

    public static InteractionResponse Autocomplete(IReadOnlyList<ApplicationCommandOptionChoice> choices) =>
        new() { Type = InteractionCallbackType.ApplicationCommandAutocompleteResult, Data = new() { Choices = choices } };

    public static InteractionResponse Modal(string customId, string title, IReadOnlyList<Component> components) =>
        new()
        {
            Type = InteractionCallbackType.Modal,
            Data = new() { CustomId = customId, Title = title, Components = components },
        };

    /// <summary>Acknowledges now and shows "thinking"; the message is filled in later by editing the original.</summary>
    public static InteractionResponse Deferred(bool ephemeral) =>
        new()
        {
            Type = InteractionCallbackType.DeferredChannelMessageWithSource,
            Data = ephemeral ? new() { Flags = MessageFlags.Ephemeral } : null,
        };

    public static InteractionResponse DeferredUpdate() => new() { Type = InteractionCallbackType.DeferredUpdateMessage };
}
