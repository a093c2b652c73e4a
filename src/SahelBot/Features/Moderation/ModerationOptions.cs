namespace SahelBot.Features.Moderation;

/// <summary>
/// <c>Facts:CuratorGuildIds</c>: servers whose moderators publish for everyone. <c>Facts:ModeratorRoles:&lt;guildId&gt;</c>:
/// role ids whose members may moderate facts in that server even without Manage Messages.
/// </summary>
public sealed class ModerationOptions
{
    public const string SectionName = "Facts";

    public List<ulong> CuratorGuildIds { get; init; } = [];

    public Dictionary<string, List<ulong>> ModeratorRoles { get; init; } = [];
}
