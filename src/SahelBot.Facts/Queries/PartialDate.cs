namespace SahelBot.Facts.Queries;

/// <summary>
/// Compares partial dates ('2013', '2013-04', '2013-04-25') with a day at the partial date's own
/// precision: '2013-04' is on or before every day of April 2013 and on or after every day of it too.
/// A deployment that started in 2013 is present on 2013-03-01; one that ended in 2024 is still present
/// on 2024-06-30. An unknown start counts as "before"; an unknown end as "still present".
/// </summary>
public static class PartialDate
{
    public static bool IsOnOrBefore(string partial, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(partial);
        var text = IsoText.Date(day);
        var length = Math.Min(partial.Length, text.Length);
        return string.CompareOrdinal(partial[..length], text[..length]) <= 0;
    }

    public static bool IsOnOrAfter(string partial, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(partial);
        var text = IsoText.Date(day);
        var length = Math.Min(partial.Length, text.Length);
        return string.CompareOrdinal(partial[..length], text[..length]) >= 0;
    }
}
