namespace SahelBot.Facts.Queries.Rows;

internal sealed class LeaderRow
{
    public string Name { get; set; } = "";
    public string? Role { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
}
