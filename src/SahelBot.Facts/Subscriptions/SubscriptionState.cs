namespace SahelBot.Facts.Subscriptions;

/// <summary>The values of <c>subscriptions.state</c>.</summary>
public static class SubscriptionState
{
    public const string Active = "active";

    /// <summary>Paused by a moderator.</summary>
    public const string Paused = "paused";

    /// <summary>Paused by the sender because Discord refused the channel (gone, no access, missing permission).</summary>
    public const string DiscordPaused = "discord_paused";

    /// <summary>Unsubscribed; the row stays for the audit trail and revives on the next /subscribe.</summary>
    public const string Removed = "removed";
}
