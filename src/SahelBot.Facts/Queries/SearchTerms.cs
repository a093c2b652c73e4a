namespace SahelBot.Facts.Queries;

/// <summary>
/// Turns a question into an FTS5 query that cannot carry FTS syntax: the text is folded (so only
/// letters, digits and spaces remain), English and French question words are dropped, and each
/// remaining word is quoted and ORed: 'who claimed the Inates attack?' → "claimed" OR "inates" OR "attack".
/// </summary>
public static class SearchTerms
{
    private const int MaxTerms = 16;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        // English
        "a", "about", "after", "all", "an", "and", "any", "are", "as", "at", "be", "been", "before", "by", "can", "did", "do",
        "does", "for", "from", "had", "has", "have", "how", "i", "in", "into", "is", "it", "its", "me", "of", "on", "or",
        "show", "tell", "that", "the", "their", "there", "this", "to", "was", "were", "what", "when", "where", "which",
        "who", "whom", "whose", "why", "with", "list", "give", "about", "many", "much",
        // French (folded: accents already gone)
        "au", "aux", "avec", "ce", "ces", "cette", "combien", "comment", "dans", "de", "des", "du", "elle", "elles",
        "en", "est", "et", "il", "ils", "la", "le", "les", "leur", "lui", "ou", "par", "pour", "pourquoi", "quand",
        "que", "quel", "quelle", "quelles", "quels", "qui", "quoi", "sa", "se", "ses", "son", "sont", "sur", "un",
        "une", "y", "ete", "etait", "ont", "donne", "moi",
    };

    /// <summary>The folded, de-duplicated words that carry meaning, in question order.</summary>
    /// <remarks>Apostrophes separate words here ("l'attaque d'Inates"), as they do for the FTS tokenizer.</remarks>
    public static IReadOnlyList<string> Tokens(string? question) =>
        TextNormalizer.Fold(new string((question ?? string.Empty).Select(c => TextNormalizer.IsApostrophe(c) ? ' ' : c).ToArray()))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(t => t.Length >= 2 && !StopWords.Contains(t))
            .Distinct(StringComparer.Ordinal)
            .Take(MaxTerms)
            .ToList();

    /// <summary>The FTS5 MATCH expression for any of the words: "a" OR "b".</summary>
    public static string ToMatchExpression(IEnumerable<string> tokens) => string.Join(" OR ", tokens.Select(Quote));

    /// <summary>The FTS5 MATCH expression for all of the words: "a" "b" (FTS5's implicit AND).</summary>
    public static string ToAllTermsExpression(IEnumerable<string> tokens) => string.Join(" ", tokens.Select(Quote));

    private static string Quote(string token) => $"\"{token.Replace("\"", string.Empty, StringComparison.Ordinal)}\"";
}
