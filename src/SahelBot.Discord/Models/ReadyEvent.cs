namespace SahelBot.Discord.Models;

/// <summary>The <c>d</c> of the READY dispatch.</summary>
public sealed class ReadyEvent
{
    public int V { get; init; }

    public User User { get; init; } = new();

    public string SessionId { get; init; } = "";

    public string ResumeGatewayUrl { get; init; } = "";

    /// <summary>[shard_id, num_shards] when the session is sharded.</summary>
    public IReadOnlyList<int>? Shard { get; init; }
}
