namespace SahelBot.Facts.Writes;

/// <summary>The fact a write changed and its version after the write.</summary>
public sealed record WriteResult(string Id, FactKind Kind, int Version);
