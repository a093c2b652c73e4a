namespace SahelBot.Facts.Subscriptions;

/// <summary>A posted message whose incidents changed since it was posted (corrected or retracted) and must be edited.</summary>
public sealed record MessageEdit(ulong GuildId, ulong ChannelId, ulong MessageId, string Locale, IReadOnlyList<string> IncidentIds, bool IsDigest);
