namespace SahelBot.Facts.Subscriptions;

/// <summary>A subscriptions row with its delivery counts, as SQLite returns it.</summary>
internal sealed class SubscriptionRow
{
    public long Id { get; init; }

    public long GuildId { get; init; }

    public long ChannelId { get; init; }

    public string Countries { get; init; } = "[]";

    public string Groups { get; init; } = "[]";

    public string Kinds { get; init; } = "[]";

    public long? MinDeaths { get; init; }

    public string Locale { get; init; } = "en-US";

    public string State { get; init; } = SubscriptionState.Active;

    public string? Reason { get; init; }

    public long? ErrorCode { get; init; }

    public string CreatedBy { get; init; } = "";

    public string CreatedAt { get; init; } = "";

    public string? LastPostedAt { get; init; }

    public long Pending { get; init; }

    public long Failed { get; init; }

    public SubscriptionFilters Filters => new(
        JsonText.ParseList(Countries), JsonText.ParseList(Groups), JsonText.ParseList(Kinds), MinDeaths is { } min ? (int)min : null);

    public Subscription ToSubscription() => new(
        Id,
        (ulong)GuildId,
        (ulong)ChannelId,
        Filters,
        Locale,
        State,
        Reason,
        ErrorCode is { } code ? (int)code : null,
        CreatedBy,
        IsoText.ParseTimestamp(CreatedAt),
        LastPostedAt is null ? null : IsoText.ParseTimestamp(LastPostedAt),
        (int)Pending,
        (int)Failed);
}
