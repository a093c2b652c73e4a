using SahelBot.Discord.Models;
using SahelBot.Facts.Writes;
using SahelBot.Localization;

namespace SahelBot.Features.Moderation;

/// <summary>Stores a completed incident draft and answers with the stored incident.</summary>
public sealed class DraftCommitter(FactWriter writer, FactReplies replies)
{
    public async Task<InteractionResponse> StoreAsync(IncidentDraft draft, WriteActor actor, Texts texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        try
        {
            var incident = new NewIncident(
                draft.CountryCode, draft.Date, draft.DatePrecision, draft.Place, draft.Kind, draft.SourceUrl, draft.DeathsMin, draft.DeathsMax,
                draft.PerpetratorIds, draft.ClaimantIds, draft.Summary, draft.ExtraSourceUrls);
            var result = await writer.AddIncidentAsync(incident, actor, cancellationToken);
            return await replies.StoredAsync(result, draft.Place, actor, texts, cancellationToken);
        }
        catch (FactWriteException error)
        {
            throw WriteRefusals.ToUserInput(error);
        }
    }
}
