namespace SahelBot.Facts.Import;

/// <summary>What a row became: an event, or a reason it was not taken (Unreadable when the row itself is at fault).</summary>
internal readonly record struct RowOutcome(ImportedEvent? Event, string? EventId, string? Reason, bool Unreadable)
{
    public static RowOutcome Taken(ImportedEvent imported) => new(imported, imported.EventId, null, false);

    public static RowOutcome Bad(string? eventId, string reason) => new(null, eventId, reason, true);

    public static RowOutcome Filtered(string? eventId, string reason) => new(null, eventId, reason, false);
}
