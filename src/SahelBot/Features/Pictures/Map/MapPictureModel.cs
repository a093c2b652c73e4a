using SahelBot.Features.Pictures.Geo;
using SahelBot.Localization;

namespace SahelBot.Features.Pictures.Map;

/// <summary>Everything the map draws, already worded in the reader's language; CountryNames maps ISO2 codes to names; Unplaced lists the first (at most UnplacedListed) of the UnplacedCount incidents not placed.</summary>
public sealed record MapPictureModel(
    string Title,
    string Subtitle,
    string CountryCode,
    IReadOnlyList<PlacedSpot> Spots,
    IReadOnlyDictionary<string, string> CountryNames,
    IReadOnlyList<string> Unplaced,
    int UnplacedCount,
    IReadOnlyList<string> Caption,
    Texts Texts);
