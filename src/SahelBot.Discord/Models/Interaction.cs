using System.Text.Json.Serialization;

namespace SahelBot.Discord.Models;

/// <summary>An interaction received over HTTP or in an INTERACTION_CREATE dispatch.</summary>
public sealed class Interaction
{
    public ulong Id { get; init; }

    public ulong ApplicationId { get; init; }

    public InteractionType Type { get; init; }

    public InteractionData? Data { get; init; }

    public ulong? GuildId { get; init; }

    public ulong? ChannelId { get; init; }

    public Channel? Channel { get; init; }

    public GuildMember? Member { get; init; }

    public User? User { get; init; }

    public string Token { get; init; } = "";

    public int Version { get; init; }

    public Message? Message { get; init; }

    public string? AppPermissions { get; init; }

    public string? Locale { get; init; }

    public string? GuildLocale { get; init; }

    public int? Context { get; init; }

    /// <summary>The user who triggered the interaction: the member's user in guilds, the user in DMs.</summary>
    [JsonIgnore]
    public User? Invoker => Member?.User ?? User;
}
