namespace SahelBot.Facts.Model;

/// <summary>A deployment; <paramref name="StrengthAsOf"/> is the latest figure dated on or before the query date.</summary>
public sealed record DeploymentDetail(
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<string> Contributors,
    IReadOnlyList<Country> Hosts,
    string? Start,
    string? End,
    DeploymentStrength? StrengthAsOf,
    IReadOnlyList<DeploymentStrength> Strength,
    string? Summary,
    IReadOnlyList<SourceRef> Sources);
