namespace SahelBot.Facts.Queries.Rows;

internal sealed class StrengthRow
{
    public string DeploymentId { get; set; } = "";
    public string AsOf { get; set; } = "";
    public int Troops { get; set; }
    public string? Note { get; set; }
}
