using System.Text.Json;

namespace SahelBot.Discord.Models;

/// <summary>One option the user filled in, or a subcommand (group) holding nested options.</summary>
public sealed class InteractionDataOption
{
    public string Name { get; init; } = "";

    public ApplicationCommandOptionType Type { get; init; }

    public JsonElement? Value { get; init; }

    public IReadOnlyList<InteractionDataOption>? Options { get; init; }

    public bool? Focused { get; init; }
}
