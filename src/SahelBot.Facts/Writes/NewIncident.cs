using SahelBot.Facts.Model;

namespace SahelBot.Facts.Writes;

/// <summary>An incident as a moderator submits it; group ids are already resolved, URLs not yet checked.</summary>
public sealed record NewIncident(
    string CountryCode,
    DateOnly Date,
    DatePrecision DatePrecision,
    string Place,
    string Kind,
    string SourceUrl,
    int? DeathsMin,
    int? DeathsMax,
    IReadOnlyList<string> PerpetratorIds,
    IReadOnlyList<string> ClaimantIds,
    string Summary,
    IReadOnlyList<string> ExtraSourceUrls);
