namespace SahelBot.Facts.Import;

/// <summary>An import that cannot run or was stopped: wrong file, unknown country, or a bad row under --strict.</summary>
public sealed class ImportException : Exception
{
    public ImportException(string message)
        : base(message)
    {
    }

    public ImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ImportException()
    {
    }

    /// <summary>The line of the row that stopped a strict import, when one did.</summary>
    public long? Line { get; init; }
}
