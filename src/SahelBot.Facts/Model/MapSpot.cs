namespace SahelBot.Facts.Model;

/// <summary>
/// The incidents of a selection that share a place, region, coordinates and kind: one spot a map places and draws.
/// A map of 100 k incidents at a few hundred places reads a few hundred spots, not 100 k rows. Deaths are the sums
/// of the lowest and highest reported tolls; <see cref="Deadliest"/> is the highest single toll (null when none is
/// reported); <see cref="FirstId"/> (the smallest incident id) orders spots that tie. <see cref="Hints"/> is set on
/// the spots of incidents without coordinates that are also grouped by aliases and "near" words.
/// </summary>
public sealed record MapSpot(
    string Place,
    string? Admin1,
    double? Latitude,
    double? Longitude,
    string Kind,
    int Incidents,
    int DeathsLow,
    int DeathsHigh,
    int? Deadliest,
    string FirstId,
    PlaceHints? Hints = null);
