namespace SahelBot.Facts.Import;

/// <summary>What rows an import takes: countries, earliest date, and whether non-violent event types are wanted.</summary>
internal sealed record RowScope(CountryResolver Countries, IReadOnlySet<string> CountryCodes, DateOnly? Since, bool AllEventTypes)
{
    public FoldCache Folds { get; } = new();

    /// <summary>Why a row in this country on this date is left out, or null when it is in scope.</summary>
    public string? Exclude(string countryCode, string? countryName, DateOnly date)
    {
        if (!CountryCodes.Contains(countryCode))
        {
            return $"country {countryName ?? countryCode} is outside the countries imported";
        }

        return Since is { } since && date < since ? $"before --since {IsoText.Date(since)}" : null;
    }
}
