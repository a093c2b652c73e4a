namespace SahelBot.Facts.Model;

/// <summary>A publisher and how many times the selected incidents cite its articles.</summary>
public sealed record PublisherCount(string Publisher, int Citations);
