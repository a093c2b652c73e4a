namespace SahelBot.Discord.Gateway;

/// <summary>How one connection ended and what the next one must do.</summary>
internal sealed record ConnectionOutcome(bool Resume, bool ReachedSession, TimeSpan Delay, string Reason);
