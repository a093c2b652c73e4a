using SahelBot.Discord.Models;
using SahelBot.Facts.Subscriptions;
using SahelBot.Pipeline;

namespace SahelBot.Features.Subscriptions;

/// <summary><c>/unsubscribe channel</c>: nothing more is posted there; unsent deliveries are dropped.</summary>
public sealed class UnsubscribeCommand(SubscriptionStore subscriptions) : ISlashCommand
{
    public ApplicationCommand Definition { get; } = SubscriptionOptions.ModeratorCommand(
        "unsubscribe", "Stop posting new incidents in a channel",
        "désabonner", "Arrêter de publier les nouveaux incidents dans un salon",
        SubscriptionOptions.Channel(required: true));

    public async Task<InteractionResponse> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (guildId, actorId) = SubscriptionGuard.RequireModerator(context);
        var channelId = SubscriptionGuard.TargetChannel(context);
        var channel = SubscriptionGuard.Mention(channelId);
        return await subscriptions.UnsubscribeAsync(guildId, channelId, actorId, cancellationToken)
            ? Replies.Ephemeral(context.Texts.Unsubscribed(channel))
            : throw new UserInputException(t => t.NoSubscription(channel));
    }
}
