namespace SahelBot.Facts.Curated;

/// <summary>What a curated build wrote.</summary>
public sealed record BuildReport(
    string OutputPath,
    int Countries,
    int Sources,
    int Incidents,
    int Groups,
    int Deployments,
    int Citations,
    DateTimeOffset CreatedAt,
    TimeSpan Elapsed);
