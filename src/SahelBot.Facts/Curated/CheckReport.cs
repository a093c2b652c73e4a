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

    /// <summary>A few readable lines for the command line.</summary>
    public override string ToString()
    {
        static string Pairs(IReadOnlyDictionary<string, long> counts) => string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"));
        var lines = new List<string>
        {
            $"{DatabasePath}: {(IsHealthy ? "healthy" : "PROBLEMS FOUND")}, schema version {SchemaVersion}",
            $"integrity: {(IntegrityErrors.Count == 0 ? "ok" : string.Join("; ", IntegrityErrors))}",
            $"foreign keys: {(ForeignKeyViolations.Count == 0 ? "ok" : string.Join("; ", ForeignKeyViolations))}",
            $"incidents by country: {Pairs(IncidentsByCountry)}",
            $"incidents by origin: {Pairs(IncidentsByOrigin)}; retracted {RetractedIncidents}",
            $"rows: {Pairs(TableCounts)}",
        };
        return string.Join(Environment.NewLine, lines);
    }
}
