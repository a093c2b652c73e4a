using Microsoft.Extensions.Logging;
using SahelBot.Discord.Interactions;
using SahelBot.Discord.Models;
using SahelBot.Localization;

namespace SahelBot.Pipeline;

/// <summary>
/// Picks the feature for an interaction (command name, component custom_id prefix) and applies the
/// cross-cutting policy once: the reader's language, bad input as a short ephemeral reply, failures logged.
/// </summary>
public sealed class InteractionRouter : IInteractionHandler
{
    public const int MaxAutocompleteChoices = 25;

    private readonly Dictionary<string, ISlashCommand> _commands;
    private readonly Dictionary<string, IComponentHandler> _components;
    private readonly TimeProvider _time;
    private readonly ILogger<InteractionRouter> _logger;

    public InteractionRouter(IEnumerable<ISlashCommand> commands, IEnumerable<IComponentHandler> components, TimeProvider time, ILogger<InteractionRouter> logger)
    {
        _commands = commands.ToDictionary(c => c.Definition.Name, StringComparer.Ordinal);
        _components = components.ToDictionary(c => c.Prefix, StringComparer.Ordinal);
        _time = time;
        _logger = logger;
    }

    public IReadOnlyCollection<ISlashCommand> Commands => _commands.Values;

    public async Task<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken cancellationToken) =>
        (await RouteAsync(interaction, cancellationToken)).Response;

    /// <summary>Routes the interaction and says whether the reply is a refusal (bad input or failure), which the CLI turns into an exit code.</summary>
    public async Task<RoutedResponse> RouteAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var texts = Texts.For(interaction.Locale ?? interaction.GuildLocale);
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        try
        {
            return new RoutedResponse(interaction.Type switch
            {
                InteractionType.Ping => InteractionResponse.Pong(),
                InteractionType.ApplicationCommand => await FindCommand(interaction)
                    .ExecuteAsync(new CommandContext(interaction, CommandOptions.From(interaction.Data), texts, today), cancellationToken),
                InteractionType.ApplicationCommandAutocomplete => await AutocompleteAsync(interaction, texts, today, cancellationToken),
                InteractionType.MessageComponent or InteractionType.ModalSubmit => await RouteComponentAsync(interaction, texts, today, cancellationToken),
                _ => Replies.Ephemeral(texts.UnsupportedInteraction),
            }, Refused: false);
        }
        catch (UserInputException error)
        {
            return new RoutedResponse(interaction.Type == InteractionType.ApplicationCommandAutocomplete
                ? InteractionResponse.Autocomplete([])
                : Replies.Ephemeral(error.Describe(texts)), Refused: true);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            _logger.LogError(error, "Interaction {InteractionId} ({Type} {Name}) failed", interaction.Id, interaction.Type, interaction.Data?.Name ?? interaction.Data?.CustomId);
            return new RoutedResponse(interaction.Type == InteractionType.ApplicationCommandAutocomplete
                ? InteractionResponse.Autocomplete([])
                : Replies.Ephemeral(texts.InternalError), Refused: true);
        }
    }

    private ISlashCommand FindCommand(Interaction interaction)
    {
        var name = interaction.Data?.Name ?? "";
        return _commands.TryGetValue(name, out var command)
            ? command
            : throw new UserInputException(t => t.UnknownCommand(name));
    }

    private async Task<InteractionResponse> AutocompleteAsync(Interaction interaction, Texts texts, DateOnly today, CancellationToken cancellationToken)
    {
        var command = FindCommand(interaction);
        var choices = await command.AutocompleteAsync(new CommandContext(interaction, CommandOptions.From(interaction.Data), texts, today), cancellationToken);
        return InteractionResponse.Autocomplete(choices.Take(MaxAutocompleteChoices).ToList());
    }

    private Task<InteractionResponse> RouteComponentAsync(Interaction interaction, Texts texts, DateOnly today, CancellationToken cancellationToken)
    {
        var parts = (interaction.Data?.CustomId ?? "").Split(':');
        return _components.TryGetValue(parts[0], out var handler)
            ? handler.HandleAsync(new ComponentContext(interaction, parts[1..], texts, today), cancellationToken)
            : throw new UserInputException(t => t.StaleComponent);
    }
}
