namespace SahelBot.Discord.Models;

/// <summary>Which mentions in a message may ping.</summary>
public sealed class AllowedMentions
{
    public IReadOnlyList<string>? Parse { get; init; }

    public IReadOnlyList<ulong>? Users { get; init; }

    public IReadOnlyList<ulong>? Roles { get; init; }

    public bool? RepliedUser { get; init; }

    /// <summary>Pings nobody, @everyone and @here included; serializes as <c>{"parse":[]}</c>.</summary>
    public static AllowedMentions None => new() { Parse = [] };
}
