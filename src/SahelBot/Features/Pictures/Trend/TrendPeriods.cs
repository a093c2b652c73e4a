using System.Globalization;
using SahelBot.Facts.Model;
using SahelBot.Formatting;
using SahelBot.Localization;

namespace SahelBot.Features.Pictures.Trend;

/// <summary>Months, quarters or years: turns monthly cells into a gap-free run of periods between two dates.</summary>
public static class TrendPeriods
{
    public const string Month = "month";
    public const string Quarter = "quarter";
    public const string Year = "year";

    public static IReadOnlyList<string> All { get; } = [Month, Quarter, Year];

    public static DateOnly StartOf(DateOnly date, string by) => by switch
    {
        Year => new DateOnly(date.Year, 1, 1),
        Quarter => new DateOnly(date.Year, (((date.Month - 1) / 3) * 3) + 1, 1),
        _ => new DateOnly(date.Year, date.Month, 1),
    };

    public static DateOnly Next(DateOnly start, string by) => by switch
    {
        Year => start.AddYears(1),
        Quarter => start.AddMonths(3),
        _ => start.AddMonths(1),
    };

    public static string Label(DateOnly start, string by, Texts texts) => by switch
    {
        Year => start.Year.ToString(CultureInfo.InvariantCulture),
        Quarter => texts.QuarterLabel(((start.Month - 1) / 3) + 1, start.Year),
        _ => FactFormat.Date(start, DatePrecision.Month, texts),
    };

    /// <summary>Every period from the one holding <paramref name="from"/> to the one holding <paramref name="to"/>, empty ones included.</summary>
    public static IReadOnlyList<TrendBucket> Buckets(IReadOnlyList<TrendCell> cells, string by, DateOnly from, DateOnly to)
    {
        var affiliations = Palette.Affiliations.Count;
        var index = new Dictionary<DateOnly, (int[] Counts, int Low, int High)>();
        for (var start = StartOf(from, by); start <= to; start = Next(start, by))
        {
            index[start] = (new int[affiliations], 0, 0);
        }

        foreach (var cell in cells)
        {
            var month = DateOnly.ParseExact(cell.Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (!index.TryGetValue(StartOf(month, by), out var bucket))
            {
                continue;
            }

            bucket.Counts[Palette.AffiliationOrder(cell.Affiliation)] += cell.Incidents;
            index[StartOf(month, by)] = (bucket.Counts, bucket.Low + cell.DeathsLow, bucket.High + cell.DeathsHigh);
        }

        return index.OrderBy(p => p.Key).Select(p => new TrendBucket(p.Key, p.Value.Counts, p.Value.Low, p.Value.High)).ToList();
    }
}
