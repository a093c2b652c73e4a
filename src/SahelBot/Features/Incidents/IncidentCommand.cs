using SahelBot.Discord.Models;
using SahelBot.Facts.Queries;
using SahelBot.Features.Common;
using SahelBot.Pipeline;

namespace SahelBot.Features.Incidents;

/// <summary><c>/incident id</c>: everything known about one incident, each figure labelled as reported, every source linked.</summary>
public sealed class IncidentCommand(IncidentQueries incidents, Suggestions suggestions) : ISlashCommand
{
    public ApplicationCommand Definition { get; } = Definitions.Command(
        "incident", "Everything known about one incident, with every source",
        "incident", "Tout ce qui est connu d'un incident, avec toutes ses sources",
        Definitions.String("id", "Incident id (inc-001) or start typing a place", "id", "Identifiant (inc-001) ou début d'un lieu", required: true, autocomplete: true, maxLength: 40));

    public async Task<InteractionResponse> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var id = context.Options.String("id") ?? throw new UserInputException(t => t.Required("id"));
        var incident = await incidents.GetAsync(id.ToLowerInvariant(), context.GuildId, cancellationToken);
        if (incident is null)
        {
            var close = await incidents.SuggestAsync(id, 3, context.GuildId, cancellationToken);
            throw new UserInputException(t => t.UnknownIncident(id) + t.DidYouMean(close.Select(i => $"{i.Id} ({i.Place})")));
        }

        return Replies.Embeds(IncidentEmbeds.Build(incident, context.Texts));
    }

    public Task<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken) =>
        suggestions.IncidentsAsync(context.Options.String("id") ?? "", context.Texts, context.GuildId, cancellationToken);
}
