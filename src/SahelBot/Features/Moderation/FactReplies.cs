using SahelBot.Discord.Embeds;
using SahelBot.Discord.Models;
using SahelBot.Facts.Queries;
using SahelBot.Facts.Writes;
using SahelBot.Features.Common;
using SahelBot.Features.Groups;
using SahelBot.Features.Incidents;
using SahelBot.Formatting;
using SahelBot.Localization;
using SahelBot.Pipeline;

namespace SahelBot.Features.Moderation;

/// <summary>The private answer to a write: a receipt naming the fact and its version, then the fact as readers will see it.</summary>
public sealed class FactReplies(IncidentQueries incidents, GroupQueries groups)
{
    public async Task<InteractionResponse> StoredAsync(WriteResult result, string headline, WriteActor actor, Texts texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(texts);
        var card = await CardAsync(result, actor.GuildId, texts, cancellationToken);
        var serverOnly = card.ServerOnly ?? !actor.Publishes;
        var receipt = new EmbedBuilder()
            .WithTitle(result.Version == 1 ? texts.FactStored(result.Id, result.Version) : texts.FactUpdated(result.Id, result.Version))
            .WithColor(Colors.Search)
            .WithDescription($"{Markdown.Escape(headline)}\n{(serverOnly ? texts.ServerOnlyUntilAdopted(result.Id) : texts.PublishedForEveryone)}")
            .WithFooter(serverOnly ? $"{result.Id} · v{result.Version} · {texts.ServerOnlyLabel}" : $"{result.Id} · v{result.Version}")
            .Build();
        return Replies.Embeds([receipt, .. card.Embeds], ephemeral: true);
    }

    private async Task<(IReadOnlyList<Embed> Embeds, bool? ServerOnly)> CardAsync(WriteResult result, ulong guildId, Texts texts, CancellationToken cancellationToken)
    {
        switch (result.Kind)
        {
            case FactKind.Incident when await incidents.GetAsync(result.Id, guildId, cancellationToken) is { } incident:
                return (IncidentEmbeds.Build(incident, texts), incident.Provenance.GuildId is not null);
            case FactKind.Group when await groups.GetAsync(result.Id, guildId, cancellationToken) is { } group:
                var recent = await groups.RecentIncidentsAsync(group.Id, 5, guildId, cancellationToken);
                return (GroupCommand.Build(group, recent, texts), group.Provenance.GuildId is not null);
            default:
                // Deployments are shown by /deployments; a retracted group is no longer listed.
                return ([], null);
        }
    }
}
