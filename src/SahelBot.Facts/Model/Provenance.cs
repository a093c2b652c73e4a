namespace SahelBot.Facts.Model;

/// <summary>Who added a row, when, and where it is visible (<paramref name="GuildId"/> null = every server).</summary>
public sealed record Provenance(string Origin, string CreatedBy, DateTimeOffset CreatedAt, ulong? GuildId);
