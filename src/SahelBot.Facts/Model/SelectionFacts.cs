namespace SahelBot.Facts.Model;

/// <summary>
/// What stands behind a selection of incidents: how many, their first and last date, the publishers cited
/// (most cited first), the number of distinct sources, and how many rows came from each origin
/// ('curated', 'acled', 'ucdp', 'moderator', 'synthetic').
/// </summary>
public sealed record SelectionFacts(
    int Incidents,
    DateOnly? First,
    DateOnly? Last,
    IReadOnlyList<PublisherCount> Publishers,
    int Sources,
    IReadOnlyDictionary<string, int> Origins);
