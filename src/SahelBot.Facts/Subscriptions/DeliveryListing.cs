namespace SahelBot.Facts.Subscriptions;

/// <summary>One delivery as <c>sahelbot deliveries</c> lists it.</summary>
public sealed record DeliveryListing(
    long Id,
    string IncidentId,
    ulong ChannelId,
    string State,
    int Attempts,
    string? NextAttemptAt,
    int? LastErrorCode,
    string? LastError,
    ulong? MessageId,
    string? PostedAt,
    string SubscriptionState,
    string? SubscriptionReason);
