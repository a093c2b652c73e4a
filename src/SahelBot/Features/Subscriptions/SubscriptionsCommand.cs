using System.Globalization;
using System.Text;
using SahelBot.Discord.Embeds;
using SahelBot.Discord.Models;
using SahelBot.Facts.Subscriptions;
using SahelBot.Features.Common;
using SahelBot.Formatting;
using SahelBot.Localization;
using SahelBot.Pipeline;

namespace SahelBot.Features.Subscriptions;

/// <summary><c>/subscriptions</c>: this server's channels, their filters in words, state (with Discord's reason), last post and queue.</summary>
public sealed class SubscriptionsCommand(SubscriptionStore subscriptions, SubscriptionFilterWords words) : ISlashCommand
{
    public ApplicationCommand Definition { get; } = SubscriptionOptions.ModeratorCommand(
        "subscriptions", "This server's subscribed channels: filters, state, last post, pending and failed deliveries",
        "abonnements", "Salons abonnés du serveur : filtres, état, dernière publication, envois en attente ou en échec");

    public async Task<InteractionResponse> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (guildId, _) = SubscriptionGuard.RequireModerator(context);
        var list = await subscriptions.ListAsync(guildId, cancellationToken);
        if (list.Count == 0)
        {
            return Replies.Ephemeral(context.Texts.NoSubscriptions);
        }

        var text = new StringBuilder();
        foreach (var subscription in list)
        {
            var filters = await words.DescribeAsync(subscription.Filters, guildId, context.Texts, cancellationToken);
            text.Append(SubscriptionGuard.Mention(subscription.ChannelId)).Append(" — ").Append(filters).Append('\n')
                .Append(State(subscription, context.Texts)).Append(" · ")
                .Append(subscription.LastPostedAt is { } last ? context.Texts.LastPost(Timestamp(last)) : context.Texts.NeverPosted).Append(" · ")
                .Append(context.Texts.PendingAndFailed(subscription.Pending, subscription.Failed)).Append("\n\n");
        }

        var embed = new EmbedBuilder()
            .WithTitle(context.Texts.SubscriptionsTitle)
            .WithColor(Colors.About)
            .WithDescription(text.ToString().TrimEnd())
            .Build();
        return Replies.Embeds([embed], ephemeral: true);
    }

    public static string State(Subscription subscription, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(texts);
        return subscription.State switch
        {
            SubscriptionState.Paused => "⏸ " + texts.StatePaused,
            SubscriptionState.DiscordPaused => "⚠ " + texts.StateDiscordPaused($"{subscription.ErrorCode}: {Markdown.Escape(subscription.Reason ?? "")}"),
            _ => "▶ " + texts.StateActive,
        };
    }

    private static string Timestamp(DateTimeOffset when) => $"<t:{when.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}:R>";
}
