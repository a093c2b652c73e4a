namespace SahelBot.Facts.Curated;

/// <summary>
/// The result of <see cref="FactDatabaseCheck"/>: SQLite's integrity verdict, foreign-key violations,
/// row counts per table and incident counts per country (ISO2). <see cref="IsHealthy"/> when both checks pass.
/// </summary>
public sealed record CheckReport(
    string DatabasePath,
    int SchemaVersion,
    IReadOnlyList<string> IntegrityErrors,
    IReadOnlyList<string> ForeignKeyViolations,
    IReadOnlyDictionary<string, long> TableCounts,
    IReadOnlyDictionary<string, long> IncidentsByCountry,
    IReadOnlyDictionary<string, long> IncidentsByOrigin,
    long RetractedIncidents)
{
    public bool IsHealthy => IntegrityErrors.Count == 0 && ForeignKeyViolations.Count == 0;
}
