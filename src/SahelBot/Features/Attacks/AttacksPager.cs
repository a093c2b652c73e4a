using SahelBot.Discord.Models;
using SahelBot.Pipeline;

namespace SahelBot.Features.Attacks;

/// <summary>The Previous/Next buttons of /attacks: re-runs the query carried in the custom_id and replaces the message.</summary>
public sealed class AttacksPager(AttacksPage pages) : IComponentHandler
{
    public string Prefix => AttacksQuery.Prefix;

    public async Task<InteractionResponse> HandleAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        var parsed = AttacksQuery.FromCustomId(context.Arguments) ?? throw new UserInputException(t => t.StaleComponent);
        var (embeds, components) = await pages.BuildAsync(parsed.Query, parsed.PageIndex, context.GuildId, context.Texts, cancellationToken);
        return Replies.Update(embeds, components);
    }
}
