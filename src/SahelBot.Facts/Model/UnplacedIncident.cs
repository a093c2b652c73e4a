namespace SahelBot.Facts.Model;

/// <summary>An incident without coordinates, with what placing it would go by, for listing those a map could not place.</summary>
public sealed record UnplacedIncident(string Id, DateOnly Date, DatePrecision DatePrecision, string Place, string? Admin1, PlaceHints Hints);
