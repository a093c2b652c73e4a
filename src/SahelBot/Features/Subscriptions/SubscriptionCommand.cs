using SahelBot.Discord.Models;
using SahelBot.Facts.Subscriptions;
using SahelBot.Features.Common;
using SahelBot.Pipeline;

namespace SahelBot.Features.Subscriptions;

/// <summary><c>/subscription pause channel</c> and <c>/subscription resume channel</c>.</summary>
public sealed class SubscriptionCommand(SubscriptionStore subscriptions) : ISlashCommand
{
    public ApplicationCommand Definition { get; } = SubscriptionOptions.ModeratorCommand(
        "subscription", "Pause or resume a channel's subscription",
        "abonnement", "Mettre en pause ou reprendre l'abonnement d'un salon",
        SubCommand("pause", "Stop posting in the channel until resumed", "pause", "Ne plus publier dans le salon jusqu'à la reprise"),
        SubCommand("resume", "Post in the channel again (also after Discord refused it)", "reprendre", "Publier de nouveau dans le salon (aussi après un refus de Discord)"));

    public async Task<InteractionResponse> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (guildId, actorId) = SubscriptionGuard.RequireModerator(context);
        var channelId = SubscriptionGuard.TargetChannel(context);
        var channel = SubscriptionGuard.Mention(channelId);
        var existing = await subscriptions.FindAsync(channelId, cancellationToken);
        if (existing is null || existing.GuildId != guildId || existing.State == SubscriptionState.Removed)
        {
            throw new UserInputException(t => t.NoSubscription(channel));
        }

        if (context.Options.Subcommand == "resume")
        {
            if (existing.State != SubscriptionState.Active)
            {
                SubscriptionGuard.RequireBotCanPost(context, channelId);
            }

            return await subscriptions.ResumeAsync(guildId, channelId, actorId, cancellationToken)
                ? Replies.Ephemeral(context.Texts.Resumed(channel))
                : throw new UserInputException(t => t.NotPaused(channel));
        }

        return await subscriptions.PauseAsync(guildId, channelId, actorId, cancellationToken)
            ? Replies.Ephemeral(context.Texts.Paused(channel))
            : throw new UserInputException(t => t.AlreadyPaused(channel));
    }

    private static ApplicationCommandOption SubCommand(string name, string description, string nameFr, string descriptionFr) => new()
    {
        Type = ApplicationCommandOptionType.SubCommand,
        Name = name,
        Description = description,
        NameLocalizations = Definitions.French(nameFr),
        DescriptionLocalizations = Definitions.French(descriptionFr),
        Options = [SubscriptionOptions.Channel(required: true)],
    };
}
