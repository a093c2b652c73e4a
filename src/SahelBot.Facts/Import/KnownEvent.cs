namespace SahelBot.Facts.Import;

/// <summary>
/// A stored event: its revision (ACLED timestamp) and content hash, whether this run has already
/// written it (and then the hash of its fields without actors), and its incident id when that is not the
/// one the importer would give it.
/// </summary>
internal readonly record struct KnownEvent(long? Revision, long StoredHash, bool SeenThisRun, string? IncidentId, ulong ContentHash = 0);
