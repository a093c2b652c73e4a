using SahelBot.Discord.Models;
using SahelBot.Localization;

namespace SahelBot.Pipeline;

/// <summary>What a slash-command handler needs: the interaction, its bound options, the reader's language and today's date.</summary>
public sealed class CommandContext(Interaction interaction, CommandOptions options, Texts texts, DateOnly today)
{
    public Interaction Interaction { get; } = interaction;

    public CommandOptions Options { get; } = options;

    public Texts Texts { get; } = texts;

    public DateOnly Today { get; } = today;

    public ulong? GuildId => Interaction.GuildId;
}
