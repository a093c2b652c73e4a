namespace SahelBot.Facts.Import;

/// <summary>A row the importer did not take: the line it starts on, its event id when readable, and why.</summary>
public sealed record SkippedRow(long Line, string? EventId, string Reason, bool Unreadable);
