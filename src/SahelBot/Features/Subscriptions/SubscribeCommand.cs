using SahelBot.Discord.Models;
using SahelBot.Facts.Subscriptions;
using SahelBot.Features.Common;
using SahelBot.Pipeline;

namespace SahelBot.Features.Subscriptions;

/// <summary>
/// <c>/subscribe [channel] [countries] [groups] [min_deaths] [kinds] [backfill]</c>: the channel gets each new matching
/// incident once. Subscribing the same channel again replaces its filters.
/// </summary>
public sealed class SubscribeCommand(SubscriptionStore subscriptions, SubscriptionFilterParser parser, SubscriptionFilterWords words, ListAutocomplete autocomplete) : ISlashCommand
{
    public ApplicationCommand Definition { get; } = SubscriptionOptions.ModeratorCommand(
        "subscribe", "Post each new incident matching these filters in a channel, once, with its sources",
        "abonner", "Publier dans un salon chaque nouvel incident correspondant, une fois, avec ses sources",
        SubscriptionOptions.Channel(required: false),
        SubscriptionOptions.Countries(),
        SubscriptionOptions.Groups(),
        SharedOptions.MinDeaths(),
        SubscriptionOptions.Kinds(),
        SubscriptionOptions.Backfill());

    public async Task<InteractionResponse> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (guildId, actorId) = SubscriptionGuard.RequireModerator(context);
        var channelId = SubscriptionGuard.TargetChannel(context);
        SubscriptionGuard.RequireBotCanPost(context, channelId);
        var filters = await parser.ParseAsync(context, cancellationToken);
        var backfill = context.Options.Integer("backfill") ?? 0;
        if (backfill is < 0 or > SubscriptionStore.MaxBackfill)
        {
            throw new UserInputException(t => t.OutOfRange("backfill", 0, SubscriptionStore.MaxBackfill));
        }

        var change = await subscriptions.SubscribeAsync(
            new SubscriptionRequest(guildId, channelId, filters, context.Texts.Locale, actorId), (int)backfill, cancellationToken);
        var channel = SubscriptionGuard.Mention(channelId);
        var described = await words.DescribeAsync(filters, guildId, context.Texts, cancellationToken);
        var reply = change.Created ? context.Texts.Subscribed(channel, described) : context.Texts.SubscriptionUpdated(channel, described);
        return Replies.Ephemeral(backfill > 0 ? reply + context.Texts.BackfillQueued(change.Backfilled) : reply);
    }

    public Task<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken) =>
        autocomplete.CompleteAsync(context, cancellationToken);
}
