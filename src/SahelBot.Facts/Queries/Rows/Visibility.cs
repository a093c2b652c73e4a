namespace SahelBot.Facts.Queries.Rows;

/// <summary>The one visibility rule: published rows, plus the asking server's own; retracted rows hidden.</summary>
internal static class Visibility
{
    public static string Visible(string alias) => $"({alias}.guild_id IS NULL OR {alias}.guild_id = @GuildId)";

    public static string Listed(string alias) => $"{Visible(alias)} AND {alias}.retracted_at IS NULL";
}
