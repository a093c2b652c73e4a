namespace SahelBot.Hosting;

/// <summary>What <c>/health</c> answers: a status word and how many incidents the store holds.</summary>
public sealed record HealthReport(string Status, int Incidents);
