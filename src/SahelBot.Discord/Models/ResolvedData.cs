namespace SahelBot.Discord.Models;

/// <summary>Objects referenced by id in options, keyed by their snowflake as a string.</summary>
public sealed class ResolvedData
{
    public Dictionary<string, User>? Users { get; init; }

    public Dictionary<string, GuildMember>? Members { get; init; }

    public Dictionary<string, Role>? Roles { get; init; }

    public Dictionary<string, Channel>? Channels { get; init; }
}
