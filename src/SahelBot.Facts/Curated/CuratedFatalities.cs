namespace SahelBot.Facts.Curated;

/// <summary>The fatalities object of an incident record.</summary>
internal sealed class CuratedFatalities
{
    public int? Military { get; init; }
    public int? Civilian { get; init; }
    public int? Militants { get; init; }
    public int? TotalMin { get; init; }
    public int? TotalMax { get; init; }
}
