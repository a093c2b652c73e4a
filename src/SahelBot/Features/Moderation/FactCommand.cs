using SahelBot.Discord.Models;
using SahelBot.Facts.Writes;
using SahelBot.Features.Common;
using SahelBot.Pipeline;

namespace SahelBot.Features.Moderation;

/// <summary>
/// <c>/fact add incident|group|strength</c>, <c>source</c>, <c>edit</c>, <c>retract</c>, <c>restore</c>, <c>adopt</c>,
/// <c>history</c>. Every subcommand first re-checks that the invoker moderates facts in this server; every
/// answer is private. Adding an incident opens its form as the first response (a form cannot follow a deferral).
/// </summary>
public sealed class FactCommand(
    ModeratorAccess access,
    FactWriter writer,
    FactHistory history,
    FactResolver resolver,
    FactReplies replies,
    PendingDrafts drafts,
    Suggestions suggestions) : ISlashCommand
{
    public ApplicationCommand Definition { get; } = FactCommandDefinition.Build();

    public async Task<InteractionResponse> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var actor = access.Require(context.Interaction);
        try
        {
            return context.Options.Subcommand switch
            {
                "add incident" => await OpenIncidentFormAsync(context, actor, cancellationToken),
                "add group" => await AddGroupAsync(context, actor, cancellationToken),
                "add strength" => await AddStrengthAsync(context, actor, cancellationToken),
                "source" => await AddSourceAsync(context, actor, cancellationToken),
                "edit" => await EditAsync(context, actor, cancellationToken),
                "retract" => await RetractAsync(context, actor, cancellationToken),
                "restore" => await RestoreAsync(context, actor, cancellationToken),
                "adopt" => await AdoptAsync(context, actor, cancellationToken),
                "history" => await HistoryAsync(context, actor, cancellationToken),
                var other => throw new UserInputException(t => t.UnknownCommand($"fact {other}")),
            };
        }
        catch (FactWriteException error)
        {
            throw WriteRefusals.ToUserInput(error);
        }
    }

    public Task<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var focused = context.Options.Focused?.Name ?? "";
        var text = context.Options.String(focused) ?? "";
        return focused switch
        {
            "country" => suggestions.CountriesAsync(text, context.Texts, cancellationToken),
            "group" or "claimed_by" => suggestions.GroupsAsync(text, context.GuildId, cancellationToken),
            "id" => suggestions.IncidentsAsync(text, context.Texts, context.GuildId, cancellationToken),
            _ => Task.FromResult<IReadOnlyList<ApplicationCommandOptionChoice>>([]),
        };
    }

    private async Task<InteractionResponse> OpenIncidentFormAsync(CommandContext context, WriteActor actor, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var country = await resolver.CountryAsync(Required(options, "country"), cancellationToken);
        var (date, precision) = FactValidation.EventDate(Required(options, "date"), context.Today);
        var place = FactValidation.Place(Required(options, "place"));
        var kind = FactValidation.Kind(Required(options, "kind"));
        var url = FactValidation.SourceUrl(Required(options, "source_url"));
        var min = FactValidation.Count(options.Integer("deaths_min"), "deaths_min");
        var max = FactValidation.Count(options.Integer("deaths_max"), "deaths_max");
        FactValidation.Fatalities(null, null, min, max);
        var perpetrator = options.String("group") is { } g ? (await resolver.GroupAsync(g, actor.GuildId, cancellationToken)).Id : null;
        var claimant = options.String("claimed_by") is { } c ? (await resolver.GroupAsync(c, actor.GuildId, cancellationToken)).Id : null;
        var draft = new IncidentDraft(
            actor.UserId, actor.GuildId, country.Code, date, precision, place, kind, url, min, max,
            perpetrator is null ? [] : [perpetrator], claimant is null ? [] : [claimant]);
        return AddIncidentForm.Open(drafts.Add(draft), context.Texts);
    }

    private async Task<InteractionResponse> AddGroupAsync(CommandContext context, WriteActor actor, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var countries = new List<string>();
        foreach (var name in List(options.String("countries")))
        {
            countries.Add((await resolver.CountryAsync(name, cancellationToken)).Code);
        }

        var group = new NewGroup(
            Required(options, "name"), List(options.String("aliases")), options.String("affiliation"), countries,
            options.String("founded"), options.String("summary"), Required(options, "source_url"));
        var result = await writer.AddGroupAsync(group, actor, cancellationToken);
        return await replies.StoredAsync(result, group.Name, actor, context.Texts, cancellationToken);
    }

    private async Task<InteractionResponse> AddStrengthAsync(CommandContext context, WriteActor actor, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var asOf = Required(options, "as_of");
        var troops = options.Integer("troops") ?? throw new UserInputException(t => t.Required("troops"));
        var result = await writer.AddStrengthAsync(Required(options, "deployment"), asOf, troops, Required(options, "source_url"), actor, cancellationToken);
        return await replies.StoredAsync(result, context.Texts.StrengthAddedReceipt(result.Id, asOf.Trim(), (int)troops), actor, context.Texts, cancellationToken);
    }

    private async Task<InteractionResponse> AddSourceAsync(CommandContext context, WriteActor actor, CancellationToken cancellationToken)
    {
        var result = await writer.AddSourcesAsync(Required(context.Options, "id"), [Required(context.Options, "url")], actor, cancellationToken);
        return await replies.StoredAsync(result, context.Texts.SourceAddedReceipt(result.Id), actor, context.Texts, cancellationToken);
    }

    private async Task<InteractionResponse> EditAsync(CommandContext context, WriteActor actor, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var field = Required(options, "field");
        var value = Required(options, "value");
        if (field is "group" or "claimed_by" && !EditableFields.IsNone(value))
        {
            var ids = new List<string>();
            foreach (var name in List(value))
            {
                ids.Add((await resolver.GroupAsync(name, actor.GuildId, cancellationToken)).Id);
            }

            value = string.Join(',', ids);
        }

        var version = options.Integer("version") is { } v ? (int)Math.Clamp(v, 0, int.MaxValue) : (int?)null;
        var result = await writer.EditAsync(Required(options, "id"), field, value, Required(options, "source_url"), version, actor, cancellationToken);
        return await replies.StoredAsync(result, context.Texts.FieldChanged(field), actor, context.Texts, cancellationToken);
    }

    private async Task<InteractionResponse> RetractAsync(CommandContext context, WriteActor actor, CancellationToken cancellationToken)
    {
        var result = await writer.RetractAsync(Required(context.Options, "id"), Required(context.Options, "reason"), actor, cancellationToken);
        return await replies.StoredAsync(result, context.Texts.FactRetractedReceipt(result.Id), actor, context.Texts, cancellationToken);
    }

    private async Task<InteractionResponse> RestoreAsync(CommandContext context, WriteActor actor, CancellationToken cancellationToken)
    {
        var result = await writer.RestoreAsync(Required(context.Options, "id"), actor, cancellationToken);
        return await replies.StoredAsync(result, context.Texts.FactRestoredReceipt(result.Id), actor, context.Texts, cancellationToken);
    }

    private async Task<InteractionResponse> AdoptAsync(CommandContext context, WriteActor actor, CancellationToken cancellationToken)
    {
        var result = await writer.AdoptAsync(Required(context.Options, "id"), actor, cancellationToken);
        return await replies.StoredAsync(result, context.Texts.FactAdoptedReceipt(result.Id), actor, context.Texts, cancellationToken);
    }

    private async Task<InteractionResponse> HistoryAsync(CommandContext context, WriteActor actor, CancellationToken cancellationToken)
    {
        var id = FactIds.Normalize(Required(context.Options, "id"));
        var entries = await history.ListAsync(id, actor.GuildId, actor.Publishes, cancellationToken)
            ?? throw new FactWriteException(FactWriteError.UnknownFact, id);
        return Replies.Embeds([HistoryEmbed.Build(id, entries, context.Texts)], ephemeral: true);
    }

    private static string Required(CommandOptions options, string name) =>
        options.String(name) ?? throw new UserInputException(t => t.Required(name));

    private static List<string> List(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
