namespace SahelBot.Facts.Writes;

/// <summary>The fields <c>/fact edit</c> can correct, and the kinds of fact each applies to.</summary>
public static class EditableFields
{
    private static readonly FactKind[] IncidentOnly = [FactKind.Incident];
    private static readonly FactKind[] GroupOnly = [FactKind.Group];
    private static readonly FactKind[] DeploymentOnly = [FactKind.Deployment];

    public static IReadOnlyDictionary<string, IReadOnlyList<FactKind>> All { get; } = new Dictionary<string, IReadOnlyList<FactKind>>(StringComparer.Ordinal)
    {
        ["deaths_min"] = IncidentOnly,
        ["deaths_max"] = IncidentOnly,
        ["deaths_military"] = IncidentOnly,
        ["deaths_civilian"] = IncidentOnly,
        ["deaths_militants"] = IncidentOnly,
        ["injured"] = IncidentOnly,
        ["missing"] = IncidentOnly,
        ["date"] = IncidentOnly,
        ["place"] = IncidentOnly,
        ["admin1"] = IncidentOnly,
        ["kind"] = IncidentOnly,
        ["target"] = IncidentOnly,
        ["group"] = IncidentOnly,
        ["claimed_by"] = IncidentOnly,
        ["summary"] = [FactKind.Incident, FactKind.Group, FactKind.Deployment],
        ["name"] = [FactKind.Group, FactKind.Deployment],
        ["affiliation"] = GroupOnly,
        ["founded"] = GroupOnly,
        ["start"] = DeploymentOnly,
        ["end"] = DeploymentOnly,
    };

    /// <summary>"none", "-" or an empty value clears an optional field.</summary>
    public static bool IsNone(string? value) => (value ?? "").Trim().ToLowerInvariant() is "" or "-" or "none" or "aucun";
}
