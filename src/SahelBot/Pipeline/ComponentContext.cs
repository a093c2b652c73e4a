using SahelBot.Discord.Models;
using SahelBot.Localization;

namespace SahelBot.Pipeline;

/// <summary>What a component or modal handler needs: the interaction, the custom_id split on ':' and the reader's language.</summary>
public sealed class ComponentContext(Interaction interaction, IReadOnlyList<string> customIdParts, Texts texts, DateOnly today)
{
    public Interaction Interaction { get; } = interaction;

    /// <summary>The custom_id's parts after the prefix.</summary>
    public IReadOnlyList<string> Arguments { get; } = customIdParts;

    public Texts Texts { get; } = texts;

    public DateOnly Today { get; } = today;

    public ulong? GuildId => Interaction.GuildId;
}
