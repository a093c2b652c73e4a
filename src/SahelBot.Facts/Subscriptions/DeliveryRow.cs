namespace SahelBot.Facts.Subscriptions;

/// <summary>A due delivery with what the sender needs from its subscription.</summary>
internal sealed class DeliveryRow
{
    public long Id { get; init; }

    public string IncidentId { get; init; } = "";

    public long ChannelId { get; init; }

    public long GuildId { get; init; }

    public string Locale { get; init; } = "en-US";

    public string? Nonce { get; init; }

    public long Attempts { get; init; }

    public long? MessageId { get; init; }
}
