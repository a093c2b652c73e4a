using System.Text.Json;

namespace SahelBot.Discord.Models;

/// <summary>The <c>d</c> of op 2 IDENTIFY.</summary>
public sealed class IdentifyPayload
{
    /// <summary>The raw bot token, without the "Bot " prefix.</summary>
    public string Token { get; init; } = "";

    public int Intents { get; init; }

    public IdentifyConnectionProperties Properties { get; init; } = new();

    /// <summary>[shard_id, num_shards].</summary>
    public IReadOnlyList<int>? Shard { get; init; }

    public bool? Compress { get; init; }

    public int? LargeThreshold { get; init; }

    public JsonElement? Presence { get; init; }

    public override string ToString() => $"IdentifyPayload {{ Intents = {Intents}, Shard = [{string.Join(",", Shard ?? [])}], Token = *** }}";
}
