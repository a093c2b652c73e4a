namespace SahelBot.Facts.Import;

/// <summary>How a dataset is named in the store: origin, external id prefix, incident and source ids.</summary>
public static class ConflictDatasetNames
{
    public static string Origin(ConflictDataset dataset) => dataset switch
    {
        ConflictDataset.Acled => "acled",
        ConflictDataset.Ucdp => "ucdp",
        _ => throw new ArgumentOutOfRangeException(nameof(dataset)),
    };

    public static string ExternalId(ConflictDataset dataset, string eventId) => $"{Origin(dataset)}:{eventId}";

    // Ids are stored lower case (the queries look them up exactly); the external id keeps the dataset's spelling.
    public static string IncidentId(ConflictDataset dataset, string eventId) => $"inc-{Origin(dataset)}-{eventId.ToLowerInvariant()}";

    public static string SourceId(ConflictDataset dataset, string eventId) => $"src-{Origin(dataset)}-{eventId.ToLowerInvariant()}";

    public static bool TryParse(string? text, out ConflictDataset dataset)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "acled":
                dataset = ConflictDataset.Acled;
                return true;
            case "ucdp" or "ged" or "ucdp-ged":
                dataset = ConflictDataset.Ucdp;
                return true;
            default:
                dataset = default;
                return false;
        }
    }
}
