namespace SahelBot.Facts.Writes;

/// <summary>The longest text and the largest figures a moderator may store, per field.</summary>
public static class FactLimits
{
    /// <summary>The most a URL may have in Discord (embed and link limits).</summary>
    public const int Url = 2048;
    public const int Summary = 2000;
    public const int Place = 100;
    public const int Admin1 = 100;
    public const int Reason = 500;
    public const int GroupName = 200;
    public const int Alias = 100;
    public const int Aliases = 10;
    public const int Note = 200;
    public const int ExtraSources = 5;
    public const int Deaths = 100_000;
    public const int Troops = 1_000_000;
    public const int EarliestYear = 1960;
}
