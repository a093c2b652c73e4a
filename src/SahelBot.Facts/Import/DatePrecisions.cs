namespace SahelBot.Facts.Import;

/// <summary>The store keeps a less precise date as the first day of its month or year.</summary>
internal static class DatePrecisions
{
    public static DateOnly Normalize(DateOnly date, string precision) => precision switch
    {
        "month" => new DateOnly(date.Year, date.Month, 1),
        "year" => new DateOnly(date.Year, 1, 1),
        _ => date,
    };

    /// <summary>ACLED time_precision: 1 the day; 2 a day within a window of a few days, kept as that day; 3 the month or wider.</summary>
    public static string FromAcled(int? code) => code == 3 ? "month" : "day";

    /// <summary>GED date_prec: 1–3 a day, a span of days or a week (date_start kept as the day); 4 the month; 5 the year.</summary>
    public static string FromGed(int? code) => code switch
    {
        4 => "month",
        5 => "year",
        _ => "day",
    };

    /// <summary>ACLED geo_precision: 1 the town itself; 2 near a town; 3 a larger area.</summary>
    public static string? CoordinatesFromAcled(int? code) => code switch
    {
        1 => "town",
        2 or 3 => "approximate",
        _ => null,
    };

    /// <summary>GED where_prec: 1 the exact place; 2 around a named place; 3–7 an admin unit, region, country or sea.</summary>
    public static string? CoordinatesFromGed(int? code) => code switch
    {
        1 => "exact",
        2 => "town",
        >= 3 and <= 7 => "approximate",
        _ => null,
    };
}
