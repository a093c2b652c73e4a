namespace SahelBot.Discord.Models;

/// <summary>Client description sent in IDENTIFY.</summary>
public sealed class IdentifyConnectionProperties
{
    public string Os { get; init; } = "";

    public string Browser { get; init; } = "";

    public string Device { get; init; } = "";
}
