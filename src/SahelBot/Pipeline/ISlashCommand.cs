using SahelBot.Discord.Models;

namespace SahelBot.Pipeline;

/// <summary>A slash command: its definition, declared once beside its handler, and the handler itself.</summary>
public interface ISlashCommand
{
    ApplicationCommand Definition { get; }

    Task<InteractionResponse> ExecuteAsync(CommandContext context, CancellationToken cancellationToken);

    /// <summary>Choices for the focused option; an empty list when the command has no autocompleted option.</summary>
    Task<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<ApplicationCommandOptionChoice>>([]);
}
