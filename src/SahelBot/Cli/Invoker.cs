namespace SahelBot.Cli;

/// <summary>Who runs a command from the terminal: a user in a DM by default, or a member of a server with given permission bits.</summary>
public sealed record Invoker(ulong UserId, ulong? GuildId, string? MemberPermissions, ulong ChannelId)
{
    public const ulong TerminalUser = 1;
    public const ulong TerminalChannel = 2;

    /// <summary>What the bot may do in the channel: view, send, embed links, attach files, read history.</summary>
    public const string BotPermissions = "117760";

    public static Invoker DirectMessage { get; } = new(TerminalUser, null, null, TerminalChannel);
}
