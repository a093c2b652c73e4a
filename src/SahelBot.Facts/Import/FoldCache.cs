namespace SahelBot.Facts.Import;

/// <summary>
/// TextNormalizer.Fold for the values an export repeats on row after row (event types, countries,
/// places, actors): folding decomposes Unicode and costs microseconds, a lookup nanoseconds. Bounded, so
/// memory stays flat however long the file.
/// </summary>
internal sealed class FoldCache
{
    private const int MaxEntries = 50_000;
    private readonly Dictionary<string, string> folded = new(StringComparer.Ordinal);

    public string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (folded.TryGetValue(text, out var known))
        {
            return known;
        }

        if (folded.Count >= MaxEntries)
        {
            folded.Clear();
        }

        var result = TextNormalizer.Fold(text);
        folded[text] = result;
        return result;
    }
}
