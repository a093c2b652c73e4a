namespace SahelBot.Discord.Models;

/// <summary>A user's membership in a guild.</summary>
public sealed class GuildMember
{
    public User? User { get; init; }

    public IReadOnlyList<ulong>? Roles { get; init; }

    public string? Nick { get; init; }

    /// <summary>Decimal permission bitfield of the member in the interaction's channel.</summary>
    public string? Permissions { get; init; }
}
