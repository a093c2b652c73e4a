namespace SahelBot.Discord.Models;

/// <summary>A guild role.</summary>
public sealed class Role
{
    public ulong Id { get; init; }

    public string Name { get; init; } = "";

    public string? Permissions { get; init; }
}
