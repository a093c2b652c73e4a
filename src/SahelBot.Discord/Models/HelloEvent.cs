namespace SahelBot.Discord.Models;

/// <summary>The <c>d</c> of op 10 HELLO.</summary>
public sealed class HelloEvent
{
    /// <summary>Milliseconds between heartbeats.</summary>
    public int HeartbeatInterval { get; init; }
}
