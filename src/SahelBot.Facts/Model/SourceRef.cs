namespace SahelBot.Facts.Model;

/// <summary>A cited source; <paramref name="Number"/> is its 1-based position among the fact's citations.</summary>
public sealed record SourceRef(int Number, string Id, string? Url, string Title, string? Publisher, DateOnly? Published);
