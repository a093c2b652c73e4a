using SahelBot.Facts.Model;

namespace SahelBot.Features.Moderation;

/// <summary>
/// What <c>/fact add incident</c> collected, waiting for its form (and, when a twin may exist, for the button
/// choice). Summary and extra sources are filled in from the form.
/// </summary>
public sealed record IncidentDraft(
    ulong UserId,
    ulong GuildId,
    string CountryCode,
    DateOnly Date,
    DatePrecision DatePrecision,
    string Place,
    string Kind,
    string SourceUrl,
    int? DeathsMin,
    int? DeathsMax,
    IReadOnlyList<string> PerpetratorIds,
    IReadOnlyList<string> ClaimantIds)
{
    public string Summary { get; init; } = "";

    public IReadOnlyList<string> ExtraSourceUrls { get; init; } = [];
}
