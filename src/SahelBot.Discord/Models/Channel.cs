namespace SahelBot.Discord.Models;

/// <summary>A (partial) channel.</summary>
public sealed class Channel
{
    public ulong Id { get; init; }

    public int Type { get; init; }

    public string? Name { get; init; }

    public ulong? GuildId { get; init; }

    public ulong? ParentId { get; init; }

    /// <summary>In resolved data: the invoking member's computed permissions in this channel.</summary>
    public string? Permissions { get; init; }

    /// <summary>In resolved data: the bot's computed permissions in this channel.</summary>
    public string? AppPermissions { get; init; }
}
