namespace SahelBot.Facts.Subscriptions;

/// <summary>What a channel wants: ANDed across the four kinds of filter, ORed within a list; an empty list or null toll means any.</summary>
public sealed record SubscriptionFilters(IReadOnlyList<string> Countries, IReadOnlyList<string> Groups, IReadOnlyList<string> Kinds, int? MinDeaths)
{
    public static SubscriptionFilters Any { get; } = new([], [], [], null);
}
