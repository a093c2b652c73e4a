namespace SahelBot.Facts.Writes;

/// <summary>An armed group as a moderator submits it; country codes are already resolved.</summary>
public sealed record NewGroup(
    string Name,
    IReadOnlyList<string> Aliases,
    string? Affiliation,
    IReadOnlyList<string> CountryCodes,
    string? Founded,
    string? Summary,
    string SourceUrl);
