namespace SahelBot.Facts.Subscriptions;

/// <summary>A channel's subscription as /subscriptions shows it, with its delivery counts.</summary>
public sealed record Subscription(
    long Id,
    ulong GuildId,
    ulong ChannelId,
    SubscriptionFilters Filters,
    string Locale,
    string State,
    string? Reason,
    int? ErrorCode,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastPostedAt,
    int Pending,
    int Failed);
