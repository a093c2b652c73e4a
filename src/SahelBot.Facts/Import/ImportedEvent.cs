namespace SahelBot.Facts.Import;

/// <summary>One dataset event mapped to the store's incident fields, before it is written.</summary>
internal sealed class ImportedEvent
{
    private string? dateText;
    private long? storedHash;

    public required string EventId { get; init; }
    public long? Revision { get; init; }
    public long Line { get; init; }
    public required DateOnly Date { get; init; }
    public required string DatePrecision { get; init; }
    public int? DatePrecisionCode { get; init; }
    public required string CountryCode { get; init; }
    public string? Admin1 { get; init; }
    public required string Place { get; init; }
    public required string PlaceFolded { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? CoordinatePrecision { get; init; }
    public int? GeoPrecisionCode { get; init; }
    public required string Kind { get; init; }
    public string? Target { get; init; }
    public string? EventType { get; init; }
    public string? SubEventType { get; init; }
    public int? DeathsMilitary { get; init; }
    public int? DeathsCivilian { get; init; }
    public int? DeathsMilitants { get; init; }
    public int? DeathsMin { get; init; }
    public int? DeathsMax { get; init; }
    public int? DeathsBest { get; init; }

    /// <summary>The dataset's description of the event (ACLED notes, or our wording of GED's fields).</summary>
    public required string Description { get; init; }

    public required string CitationTitle { get; init; }
    public required string CitationPublisher { get; init; }
    public string? CitationPublished { get; init; }

    /// <summary>Actors in dataset order; monadic ACLED rows of one event add theirs here.</summary>
    public List<ImportedActor> Actors { get; init; } = [];

    /// <summary>Hash of every field but the actors: rows of one monadic event share it.</summary>
    public ulong ContentHash { get; set; }

    /// <summary>The date as stored (yyyy-MM-dd), formatted once for the hash, the curated lookup and the row.</summary>
    public string DateText => dateText ??= IsoText.Date(Date);

    public void ComputeContentHash()
    {
        var h = new ContentHasher();
        h.Add(DateText);
        h.Add(DatePrecision);
        h.Add(DatePrecisionCode);
        h.Add(CountryCode);
        h.Add(Admin1);
        h.Add(Place);
        h.Add(Latitude);
        h.Add(Longitude);
        h.Add(CoordinatePrecision);
        h.Add(GeoPrecisionCode);
        h.Add(Kind);
        h.Add(Target);
        h.Add(EventType);
        h.Add(SubEventType);
        h.Add(DeathsMilitary);
        h.Add(DeathsCivilian);
        h.Add(DeathsMilitants);
        h.Add(DeathsMin);
        h.Add(DeathsMax);
        h.Add(DeathsBest);
        h.Add(Description);
        h.Add(CitationTitle);
        h.Add(CitationPublisher);
        h.Add(CitationPublished);
        ContentHash = h.Value;
    }

    public void AddActors(IEnumerable<ImportedActor> actors)
    {
        foreach (var actor in actors)
        {
            if (!Actors.Exists(a => string.Equals(a.Name, actor.Name, StringComparison.Ordinal)))
            {
                Actors.Add(actor);
                storedHash = null;
            }
        }
    }

    /// <summary>The incident summary: the description, then who the dataset says took part.</summary>
    public string Summary() => ImportedSummary.Compose(Description, Actors.Select(a => a.Name));

    /// <summary>Hash of the fields and the actors, stored to tell a revised event from an unchanged one.</summary>
    /// <remarks>Kept until <see cref="AddActors"/> changes the actors: the writer asks for it several times per event.</remarks>
    public long StoredHash() => storedHash ??= unchecked((long)ContentHasher.Combine(ContentHash, Actors));
}
