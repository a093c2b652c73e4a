namespace SahelBot.Facts.Model;

public sealed record Country(
    string Code,
    string Iso3,
    string NameEn,
    string NameFr,
    string DemonymEn,
    IReadOnlyList<string> DemonymsFr,
    bool IsSahel)
{
    public string Name(bool french) => french ? NameFr : NameEn;
}
