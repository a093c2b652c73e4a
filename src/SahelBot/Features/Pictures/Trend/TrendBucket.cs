namespace SahelBot.Features.Pictures.Trend;

/// <summary>
/// One period of the chart: its first day, incidents per affiliation (indexed like <see cref="Palette.Affiliations"/>)
/// and summed deaths, lowest and highest reported.
/// </summary>
public sealed record TrendBucket(DateOnly Start, IReadOnlyList<int> Counts, int DeathsLow, int DeathsHigh)
{
    public int Incidents => Counts.Sum();
}
