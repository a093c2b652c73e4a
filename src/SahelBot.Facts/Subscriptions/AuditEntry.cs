namespace SahelBot.Facts.Subscriptions;

/// <summary>One audit_log row about a subscription.</summary>
internal sealed record AuditEntry(string At, string Actor, ulong GuildId, ulong ChannelId, string Action, string? Before, string? After, string? Reason);
