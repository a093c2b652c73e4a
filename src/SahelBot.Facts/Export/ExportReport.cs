namespace SahelBot.Facts.Export;

/// <summary>What an export wrote, and the links it had to leave out (a published fact naming a retracted or server-only group).</summary>
public sealed record ExportReport(string Directory, int Countries, int Sources, int Incidents, int Groups, int Deployments, IReadOnlyList<string> DroppedLinks)
{
    public override string ToString() =>
        $"{Countries} countries, {Sources} sources, {Incidents} incidents, {Groups} groups, {Deployments} deployments"
        + (DroppedLinks.Count == 0 ? "" : $"; left out {DroppedLinks.Count} links: {string.Join("; ", DroppedLinks)}");
}
