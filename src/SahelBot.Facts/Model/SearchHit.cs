namespace SahelBot.Facts.Model;

/// <summary>A search result; <paramref name="Kind"/> is "incident", "group" or "deployment"; a higher Score is a better match.</summary>
public sealed record SearchHit(string Kind, string Id, string Title, string Snippet, double Score);
