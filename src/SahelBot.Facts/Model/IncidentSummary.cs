namespace SahelBot.Facts.Model;

public sealed record IncidentSummary(
    string Id,
    DateOnly Date,
    DatePrecision DatePrecision,
    Country Country,
    string? Admin1,
    string Place,
    string Kind,
    Fatalities Fatalities,
    IReadOnlyList<GroupRef> Perpetrators,
    IReadOnlyList<GroupRef> Claimants,
    string Summary,
    IReadOnlyList<SourceRef> Sources);
