using SahelBot.Discord.Embeds;
using SahelBot.Discord.Models;
using SahelBot.Facts.Model;
using SahelBot.Facts.Queries;
using SahelBot.Features.Common;
using SahelBot.Formatting;
using SahelBot.Localization;
using SahelBot.Pipeline;

namespace SahelBot.Features.Groups;

/// <summary><c>/group name</c>: an armed group's names, affiliation, leaders, area, founding and recent attributed incidents.</summary>
public sealed class GroupCommand(FactResolver resolver, GroupQueries groups, Suggestions suggestions) : ISlashCommand
{
    private const int RecentIncidents = 5;

    public ApplicationCommand Definition { get; } = Definitions.Command(
        "group", "An armed group: aliases, affiliation, leaders, area and recent incidents, with sources",
        "groupe", "Un groupe armé : alias, affiliation, chefs, zone et incidents récents, avec sources",
        SharedOptions.Group(required: true));

    public async Task<InteractionResponse> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var group = await resolver.GroupAsync(context.Options.String("group") ?? throw new UserInputException(t => t.Required("group")), context.GuildId, cancellationToken);
        var recent = await groups.RecentIncidentsAsync(group.Id, RecentIncidents, context.GuildId, cancellationToken);
        return Replies.Embeds(Build(group, recent, context.Texts));
    }

    public Task<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken) =>
        suggestions.GroupsAsync(context.Options.String("group") ?? "", context.GuildId, cancellationToken);

    public static IReadOnlyList<Embed> Build(GroupDetail group, IReadOnlyList<IncidentSummary> recent, Texts texts)
    {
        var card = new EmbedBuilder()
            .WithTitle(group.Name)
            .WithColor(Colors.Groups)
            .WithDescription(Markdown.Escape(group.Summary));
        if (group.Aliases.Count > 0)
        {
            card.AddField(texts.Aliases, Markdown.Escape(string.Join(", ", group.Aliases)));
        }

        if (group.Affiliation is not null)
        {
            card.AddField(texts.AffiliationLabel, texts.Affiliation(group.Affiliation), inline: true);
        }

        if (group.Founded is not null)
        {
            card.AddField(texts.Founded, group.Founded, inline: true);
        }

        if (group.Countries.Count > 0)
        {
            card.AddField(texts.ActiveIn, string.Join(", ", group.Countries.Select(c => c.Name(texts.IsFrench))), inline: true);
        }

        if (group.Leaders.Count > 0)
        {
            card.AddField(texts.Leaders, string.Join('\n', group.Leaders.Select(l => LeaderLine(l, texts))));
        }

        card.AddField(texts.RecentIncidents, recent.Count == 0
            ? texts.NoIncidents
            : string.Join('\n', recent.Select(i =>
                $"{FactFormat.Date(i.Date, i.DatePrecision, texts)} · {Markdown.Escape(i.Place)}, {i.Country.Name(texts.IsFrench)} · {texts.DeathsShort}: {FactFormat.Deaths(i.Fatalities, texts)} · `{i.Id}`")));
        card.AddField(texts.Sources, FactFormat.SourceLinks(group.Sources, 10, texts))
            .WithFooter(group.Provenance.GuildId is null ? group.Id : $"{group.Id} · {texts.ServerOnlyLabel}");
        return [card.Build()];
    }

    private static string LeaderLine(GroupLeader leader, Texts texts)
    {
        var role = leader.Role is null ? "" : $" — {Markdown.Escape(leader.Role)}";
        var span = leader.From is null && leader.To is null ? "" : $" ({leader.From ?? "?"} – {leader.To ?? texts.Present})";
        return $"{Markdown.Escape(leader.Name)}{role}{span}";
    }
}
