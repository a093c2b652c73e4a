namespace SahelBot.Facts.Model;

/// <summary>A publisher and how many selected incidents cite at least one of its articles.</summary>
public sealed record PublisherCount(string Publisher, int Incidents);
