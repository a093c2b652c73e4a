namespace SahelBot.Discord.Models;

/// <summary>A (partial) channel.</summary>
public sealed class Channel
{
    public ulong Id { get; init; }

    public int Type { get; init; }

    public string? Name { get; init; }

    public ulong? GuildId { get; init; }

    public ulong? ParentId { get; init; }

    public string? Permissions { get; init; }
}
