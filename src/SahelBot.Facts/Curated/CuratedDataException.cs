namespace SahelBot.Facts.Curated;

/// <summary>
/// The curated data breaks a rule; the message names the first offending record
/// ("incident inc-042 has no source") and <see cref="Problems"/> lists every one found.
/// </summary>
public sealed class CuratedDataException : Exception
{
    public CuratedDataException()
        : this("curated data is invalid")
    {
    }

    public CuratedDataException(string message)
        : this(message, (Exception?)null)
    {
    }

    public CuratedDataException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public CuratedDataException(IReadOnlyList<string> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }

    private static string Describe(IReadOnlyList<string> problems) => problems.Count switch
    {
        0 => "curated data is invalid",
        1 => problems[0],
        _ => $"{problems[0]} (and {problems.Count - 1} more: {string.Join("; ", problems.Skip(1).Take(5))})",
    };
}
