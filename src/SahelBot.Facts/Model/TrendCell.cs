namespace SahelBot.Facts.Model;

/// <summary>
/// Incidents of one month (<c>yyyy-MM</c>) whose first attributed group (or, failing that, claimant) has this
/// affiliation (null: no group named). Deaths are summed over the incidents that report any: Low from the
/// lowest reported figure, High from the highest, so Low..High is the band the sources allow.
/// </summary>
public sealed record TrendCell(string Month, string? Affiliation, int Incidents, int DeathsLow, int DeathsHigh, int WithDeaths);
