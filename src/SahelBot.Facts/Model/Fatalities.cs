namespace SahelBot.Facts.Model;

/// <summary>
/// Reported deaths. Military/Civilian/Militants by side; Min/Max the range of non-militant deaths
/// where sources disagree. Null means not reported.
/// </summary>
public sealed record Fatalities(int? Military, int? Civilian, int? Militants, int? Min, int? Max)
{
    public bool IsRange => Min is not null && Max is not null && Max != Min;
}
