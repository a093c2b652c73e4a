namespace SahelBot.Facts.Queries.Rows;

/// <summary>The one visibility rule: published rows, plus the asking server's own; retracted rows hidden.</summary>
internal static class Visibility
{
    public static string Visible(string alias) => $"({alias}.guild_id IS NULL OR {alias}.guild_id = @GuildId)";

    public static string Listed(string alias) => $"{Visible(alias)} AND {alias}.retracted_at IS NULL";

    /// <summary>Incidents that count in lists and totals: listed, and not an imported copy of a curated incident (duplicate_of).</summary>
    public static string Counted(string alias) => $"{Listed(alias)} AND {alias}.duplicate_of IS NULL";
}
