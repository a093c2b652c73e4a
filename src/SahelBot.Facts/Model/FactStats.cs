namespace SahelBot.Facts.Model;

public sealed record FactStats(int Sources, int Incidents, int Groups, int Deployments, IReadOnlyList<CountryCoverage> Coverage);
