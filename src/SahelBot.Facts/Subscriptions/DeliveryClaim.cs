namespace SahelBot.Facts.Subscriptions;

/// <summary>
/// One message the sender must post: one incident, or a digest of several for one channel. The <see cref="Nonce"/>
/// is fixed when first claimed and kept across retries and restarts, so Discord can refuse a duplicate.
/// </summary>
public sealed record DeliveryClaim(string Nonce, ulong GuildId, ulong ChannelId, string Locale, IReadOnlyList<string> IncidentIds, int Attempts)
{
    public bool IsDigest => IncidentIds.Count > 1;
}
