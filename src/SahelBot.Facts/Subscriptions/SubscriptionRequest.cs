namespace SahelBot.Facts.Subscriptions;

/// <summary>A moderator's /subscribe: where, what, in which language, by whom.</summary>
public sealed record SubscriptionRequest(ulong GuildId, ulong ChannelId, SubscriptionFilters Filters, string Locale, ulong ActorId);
