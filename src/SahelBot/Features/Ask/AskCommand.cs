using SahelBot.Discord.Embeds;
using SahelBot.Discord.Models;
using SahelBot.Facts.Model;
using SahelBot.Facts.Queries;
using SahelBot.Features.Common;
using SahelBot.Formatting;
using SahelBot.Pipeline;

namespace SahelBot.Features.Ask;

/// <summary><c>/ask question</c>: the stored facts that best match a free-text question, each with its sources. It never composes an answer.</summary>
public sealed class AskCommand(FactSearch search, IncidentQueries incidents, GroupQueries groups) : ISlashCommand
{
    private const int MaxHits = 5;

    public ApplicationCommand Definition { get; } = Definitions.Command(
        "ask", "Find the facts that answer a question (who claimed the Inates attack?)",
        "question", "Trouver les faits qui répondent à une question (qui a revendiqué l'attaque d'Inates ?)",
        Definitions.String("question", "Your question, in English or French", "question", "Votre question, en français ou en anglais", required: true, maxLength: 300));

    public async Task<InteractionResponse> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var question = context.Options.String("question") ?? throw new UserInputException(t => t.Required("question"));
        var hits = await search.SearchAsync(question, MaxHits, context.GuildId, cancellationToken);
        var embed = new EmbedBuilder()
            .WithTitle(texts.AskTitle(question))
            .WithColor(Colors.Search)
            .WithFooter(texts.AskFooter);
        if (hits.Count == 0)
        {
            embed.WithDescription(texts.AskNothing);
        }

        // The incident hits' citations are read together, on one connection; the ranking's order is kept.
        var cited = await incidents.SummariesAsync(hits.Where(h => h.Kind == "incident").Select(h => h.Id).ToList(), context.GuildId, cancellationToken);
        foreach (var hit in hits)
        {
            embed.AddField(hit.Title, await CitedAnswerAsync(hit, cited, context, cancellationToken));
        }

        return Replies.Embeds([embed.Build()]);
    }

    private async Task<string> CitedAnswerAsync(
        SearchHit hit, IReadOnlyDictionary<string, IncidentSummary> cited, CommandContext context, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        switch (hit.Kind)
        {
            case "incident" when cited.GetValueOrDefault(hit.Id) is { } incident:
                var claim = incident.Claimants.Count == 0 ? "" : $" · {texts.ClaimedBy}: {FactFormat.GroupsShort(incident.Claimants)}";
                return $"{FactFormat.Date(incident.Date, incident.DatePrecision, texts)} · {texts.DeathsShort}: {FactFormat.Deaths(incident.Fatalities, texts)}{claim}\n"
                    + $"{Markdown.Escape(hit.Snippet)}\n{texts.Sources}: {FactFormat.SourceLinks(incident.Sources, 4, texts)} · `/incident {incident.Id}`";
            case "group" when await groups.FindAsync(hit.Id, context.GuildId, cancellationToken) is { } group:
                return $"{Markdown.Escape(hit.Snippet)}\n{texts.Sources}: {FactFormat.SourceLinks(group.Sources, 4, texts)} · `/group {group.ToRef().ShortName ?? group.Name}`";
            default:
                return $"{Markdown.Escape(hit.Snippet)}\n{texts.SeeCommand("/deployments")} · `{hit.Id}`";
        }
    }
}
