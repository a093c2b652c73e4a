namespace SahelBot.Discord.Models;

/// <summary>A Discord user (only the fields the bot uses).</summary>
public sealed class User
{
    public ulong Id { get; init; }

    public string Username { get; init; } = "";

    public string? GlobalName { get; init; }

    public string? Discriminator { get; init; }

    public bool? Bot { get; init; }
}
