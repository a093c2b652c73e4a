using System.Text.Json.Serialization;
using SahelBot.Discord.Json;

namespace SahelBot.Discord.Models;

/// <summary>A message as Discord returns it.</summary>
public sealed class Message
{
    public ulong Id { get; init; }

    public ulong ChannelId { get; init; }

    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public IReadOnlyList<Component>? Components { get; init; }

    public User? Author { get; init; }

    [JsonConverter(typeof(NonceConverter))]
    public string? Nonce { get; init; }

    public int? Flags { get; init; }

    public string? Timestamp { get; init; }
}
