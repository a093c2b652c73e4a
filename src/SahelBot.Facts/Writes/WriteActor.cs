namespace SahelBot.Facts.Writes;

/// <summary>
/// Who writes and where: a Discord user in a server. <paramref name="Publishes"/> is true for moderators of a
/// curator server, whose facts every server sees; everyone else writes facts only their own server sees.
/// </summary>
public sealed record WriteActor(ulong UserId, ulong GuildId, bool Publishes)
{
    /// <summary>The guild_id new rows get: NULL (published) for curators, the server otherwise.</summary>
    public ulong? Scope => Publishes ? null : GuildId;
}
