namespace SahelBot.Facts.Import;

/// <summary>
/// An imported incident's summary: the dataset's description, then "Involving: …" with the actors it
/// names. "Involving" because a dataset's actor order does not say who attacked whom.
/// </summary>
public static class ImportedSummary
{
    public const string InvolvingLabel = "Involving: ";

    public static string Compose(string description, IEnumerable<string> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var names = string.Join("; ", actors);
        return names.Length == 0 ? description : $"{description}\n{InvolvingLabel}{names}.";
    }

    /// <summary>The description part of a composed summary.</summary>
    public static string Description(string summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var at = summary.LastIndexOf("\n" + InvolvingLabel, StringComparison.Ordinal);
        return at < 0 ? summary : summary[..at];
    }
}
