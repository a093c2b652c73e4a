using SahelBot.Facts.Model;

namespace SahelBot.Facts.Queries.Rows;

internal sealed class CountryRow
{
    public const string Columns =
        "c.code AS Code, c.iso3 AS Iso3, c.name_en AS NameEn, c.name_fr AS NameFr, c.demonym_en AS DemonymEn, c.demonyms_fr AS DemonymsFr, c.is_sahel AS IsSahel";

    public string Code { get; set; } = "";
    public string Iso3 { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string NameFr { get; set; } = "";
    public string DemonymEn { get; set; } = "";
    public string DemonymsFr { get; set; } = "[]";
    public long IsSahel { get; set; }

    public Country ToModel() => new(Code, Iso3, NameEn, NameFr, DemonymEn, JsonText.ParseList(DemonymsFr), IsSahel != 0);
}
