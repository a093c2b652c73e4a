namespace SahelBot.Facts.Queries.Rows;

internal sealed class DeploymentRow
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? Summary { get; set; }
}
