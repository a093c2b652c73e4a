using SahelBot.Discord.Embeds;
using SahelBot.Discord.Models;
using SahelBot.Facts.Queries;
using SahelBot.Facts.Writes;
using SahelBot.Features.Common;
using SahelBot.Formatting;
using SahelBot.Localization;
using SahelBot.Pipeline;

namespace SahelBot.Features.Moderation;

/// <summary>
/// The form of <c>/fact add incident</c> (summary, extra sources) and its submission: validate, look for the same
/// event, then either store the incident or ask, with buttons, whether to add the sources to the existing one.
/// </summary>
public sealed class AddIncidentForm(ModeratorAccess access, PendingDrafts drafts, DuplicateFinder duplicates, IncidentQueries incidents, DraftCommitter committer)
    : IComponentHandler
{
    public const string FormPrefix = "fact-add";
    public const string SummaryField = "summary";
    public const string SourcesField = "sources";

    public string Prefix => FormPrefix;

    public static InteractionResponse Open(string draftId, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return InteractionResponse.Modal($"{FormPrefix}:{draftId}", texts.AddIncidentTitle,
        [
            Component.LabelFor(texts.SummaryLabel, Component.TextInput(SummaryField, TextInputStyle.Paragraph, required: true, minLength: 10, maxLength: FactLimits.Summary), texts.SummaryHint),
            Component.LabelFor(texts.ExtraSourcesLabel, Component.TextInput(SourcesField, TextInputStyle.Paragraph, required: false, maxLength: 4000), texts.ExtraSourcesHint),
        ]);
    }

    public async Task<InteractionResponse> HandleAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var actor = access.Require(context.Interaction);
        var draftId = context.Arguments.Count == 1 ? context.Arguments[0] : "";
        var draft = drafts.Find(draftId, actor.UserId, actor.GuildId) ?? throw new UserInputException(t => t.StaleComponent);
        IncidentDraft filled;
        try
        {
            filled = draft with
            {
                Summary = FactValidation.RequiredText(Value(context.Interaction, SummaryField), FactLimits.Summary, SummaryField),
                ExtraSourceUrls = FactValidation.ExtraSources(Value(context.Interaction, SourcesField)),
            };
        }
        catch (FactWriteException error)
        {
            // The form is closed once submitted; its draft cannot be answered again.
            drafts.Remove(draftId);
            throw WriteRefusals.ToUserInput(error);
        }

        var twins = await duplicates.FindAsync(filled.CountryCode, filled.Place, filled.Date, actor.GuildId, cancellationToken);
        if (twins.Count == 0)
        {
            drafts.Remove(draftId);
            return await committer.StoreAsync(filled, actor, context.Texts, cancellationToken);
        }

        drafts.Replace(draftId, filled);
        return await AskAboutTwinsAsync(draftId, twins, actor, context.Texts, cancellationToken);
    }

    private async Task<InteractionResponse> AskAboutTwinsAsync(string draftId, IReadOnlyList<string> twins, WriteActor actor, Texts texts, CancellationToken cancellationToken)
    {
        var embed = new EmbedBuilder().WithTitle(texts.DuplicateTitle).WithColor(Colors.Incidents).WithDescription(texts.DuplicateBody);
        var buttons = new List<Component>();
        foreach (var id in twins)
        {
            if (await incidents.GetAsync(id, actor.GuildId, cancellationToken) is not { } twin)
            {
                continue;
            }

            var published = twin.Provenance.GuildId is null;
            var summary = twin.Summary;
            var line = $"{FactFormat.Date(summary.Date, summary.DatePrecision, texts)} · {FactFormat.Place(summary, texts)} · {texts.Kind(summary.Kind)} · {texts.DeathsShort}: {FactFormat.Deaths(summary.Fatalities, texts)}";
            if (published && !actor.Publishes)
            {
                line += $"\n*{texts.OnlyCuratorsCanAddTo}*";
            }
            else
            {
                buttons.Add(Component.Button(ButtonStyle.Primary, texts.AddSourcesTo(id), DuplicateChoice.CustomId(draftId, id)));
            }

            embed.AddField(id, line);
        }

        buttons.Add(Component.Button(ButtonStyle.Secondary, texts.CreateAnyway, DuplicateChoice.CustomId(draftId, DuplicateChoice.CreateNew)));
        return Replies.Embeds([embed.Build()], [Component.ActionRow([.. buttons])], ephemeral: true);
    }

    private static string? Value(Interaction interaction, string field) =>
        (interaction.Data?.Components ?? [])
            .SelectMany(c => c.Child is { } child ? [child] : c.Components ?? [])
            .FirstOrDefault(c => c.CustomId == field)?.Value;
}
