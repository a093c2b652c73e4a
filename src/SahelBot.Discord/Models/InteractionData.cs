namespace SahelBot.Discord.Models;

/// <summary>The <c>data</c> of an interaction; which fields are set depends on the interaction type.</summary>
public sealed class InteractionData
{
    /// <summary>Command id for commands; the numeric component id for component clicks.</summary>
    public ulong? Id { get; init; }

    public string? Name { get; init; }

    public int? Type { get; init; }

    public IReadOnlyList<InteractionDataOption>? Options { get; init; }

    public ResolvedData? Resolved { get; init; }

    public ulong? GuildId { get; init; }

    public ulong? TargetId { get; init; }

    public string? CustomId { get; init; }

    public ComponentType? ComponentType { get; init; }

    public IReadOnlyList<string>? Values { get; init; }

    public IReadOnlyList<Component>? Components { get; init; }
}
