namespace SahelBot.Facts.Subscriptions;

/// <summary>What /subscribe did: a new subscription or new filters for an existing one, and how many old incidents it queued.</summary>
public sealed record SubscriptionChange(bool Created, int Backfilled);
