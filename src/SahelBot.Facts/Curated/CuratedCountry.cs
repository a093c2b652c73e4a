namespace SahelBot.Facts.Curated;

/// <summary>A record of data/curated/countries.json.</summary>
internal sealed class CuratedCountry
{
    public string? Code { get; init; }
    public string? Iso3 { get; init; }
    public string? NameEn { get; init; }
    public string? NameFr { get; init; }
    public string? DemonymEn { get; init; }
    public List<string>? DemonymsFr { get; init; }
    public bool IsSahel { get; init; }
    public List<string>? Aliases { get; init; }
}
