using SahelBot.Discord.Models;
using SahelBot.Facts.Writes;
using SahelBot.Pipeline;

namespace SahelBot.Features.Moderation;

/// <summary>The buttons offered when a new incident looks like a stored one: add the sources to it, or store a new incident anyway.</summary>
public sealed class DuplicateChoice(ModeratorAccess access, PendingDrafts drafts, FactWriter writer, FactReplies replies, DraftCommitter committer) : IComponentHandler
{
    public const string ChoicePrefix = "fact-dup";
    public const string CreateNew = "new";

    public string Prefix => ChoicePrefix;

    public static string CustomId(string draftId, string choice) => $"{ChoicePrefix}:{draftId}:{choice}";

    public async Task<InteractionResponse> HandleAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var actor = access.Require(context.Interaction);
        if (context.Arguments.Count != 2)
        {
            throw new UserInputException(t => t.StaleComponent);
        }

        var draft = drafts.Take(context.Arguments[0], actor.UserId, actor.GuildId) ?? throw new UserInputException(t => t.StaleComponent);
        if (context.Arguments[1] == CreateNew)
        {
            return await committer.StoreAsync(draft, actor, context.Texts, cancellationToken);
        }

        try
        {
            var result = await writer.AddSourcesAsync(context.Arguments[1], [draft.SourceUrl, .. draft.ExtraSourceUrls], actor, cancellationToken);
            return await replies.StoredAsync(result, context.Texts.SourceAddedReceipt(result.Id), actor, context.Texts, cancellationToken);
        }
        catch (FactWriteException error)
        {
            throw WriteRefusals.ToUserInput(error);
        }
    }
}
