using SahelBot.Discord.Models;
using SahelBot.Features.Common;
using SahelBot.Pipeline;

namespace SahelBot.Features.Attacks;

/// <summary><c>/attacks country [since] [until] [group] [min_deaths] [kind]</c>: incidents newest first, a page at a time.</summary>
public sealed class AttacksCommand(FactResolver resolver, AttacksPage pages, Suggestions suggestions) : ISlashCommand
{
    public ApplicationCommand Definition { get; } = Definitions.Command(
        "attacks", "Attacks and other security incidents in a Sahel country, newest first, with sources",
        "attaques", "Attaques et autres incidents de sécurité dans un pays du Sahel, du plus récent, avec sources",
        SharedOptions.Country(required: true),
        SharedOptions.Since(),
        SharedOptions.Until(),
        SharedOptions.Group(required: false),
        SharedOptions.MinDeaths(),
        IncidentKinds.Option());

    public async Task<InteractionResponse> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var country = await resolver.CountryAsync(options.String("country") ?? throw new UserInputException(t => t.Required("country")), cancellationToken);
        var since = FactResolver.Since(context);
        var until = FactResolver.Until(context);
        if (since > until)
        {
            throw new UserInputException(t => t.SinceAfterUntil);
        }

        var group = options.String("group") is { } groupText ? await resolver.GroupAsync(groupText, context.GuildId, cancellationToken) : null;
        var minDeaths = options.Integer("min_deaths");
        if (minDeaths is < 0 or > 100_000)
        {
            throw new UserInputException(t => t.OutOfRange("min_deaths", 0, 100_000));
        }

        var kind = options.String("kind");
        if (kind is not null && !IncidentKinds.All.Contains(kind))
        {
            throw new UserInputException(t => t.UnknownKind(kind));
        }

        var query = new AttacksQuery(country.Code, since, until, group?.Id, (int?)minDeaths, kind);
        var (embeds, components) = await pages.BuildAsync(query, 0, context.GuildId, context.Texts, cancellationToken);
        return Replies.Embeds(embeds, components);
    }

    public Task<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var focused = context.Options.Focused;
        var text = context.Options.String(focused?.Name ?? "") ?? "";
        return focused?.Name == "group"
            ? suggestions.GroupsAsync(text, context.GuildId, cancellationToken)
            : suggestions.CountriesAsync(text, context.Texts, cancellationToken);
    }
}
