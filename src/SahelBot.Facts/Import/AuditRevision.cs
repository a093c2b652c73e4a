namespace SahelBot.Facts.Import;

/// <summary>What an import audit row records of an event before and after: its revision, content hash and source line.</summary>
internal sealed record AuditRevision(long? Revision, long ContentHash, long? Line);
