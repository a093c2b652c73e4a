namespace SahelBot.Facts.Import;

/// <summary>
/// Events collected for the next chunk of a batch, in file order. Rows of one event met inside the chunk are
/// folded together here: the same revision and content adds its actors (a monadic file's rows), a newer
/// revision replaces the older one, an older one is dropped.
/// </summary>
internal sealed class PendingBatch
{
    private readonly Dictionary<string, int> indexById = new(StringComparer.Ordinal);
    private readonly List<ImportedEvent> events = [];

    public int Count => events.Count;

    public IReadOnlyList<ImportedEvent> Events => events;

    public string? LastEventId { get; private set; }

    public long MergedRows { get; private set; }

    public long SupersededRows { get; private set; }

    public void Add(ImportedEvent imported)
    {
        LastEventId = imported.EventId;
        if (!indexById.TryGetValue(imported.EventId, out var at))
        {
            indexById[imported.EventId] = events.Count;
            events.Add(imported);
            return;
        }

        var held = events[at];
        switch (RevisionOrder.Compare(imported.Revision, held.Revision))
        {
            case > 0:
                events[at] = imported;
                SupersededRows++;
                break;
            case < 0:
                SupersededRows++;
                break;
            default:
                if (imported.ContentHash == held.ContentHash)
                {
                    held.AddActors(imported.Actors);
                    MergedRows++;
                }
                else
                {
                    // Same revision, different content: the later row is what the file says last.
                    events[at] = imported;
                    SupersededRows++;
                }

                break;
        }
    }

    public void Clear()
    {
        indexById.Clear();
        events.Clear();
        MergedRows = 0;
        SupersededRows = 0;
    }
}
