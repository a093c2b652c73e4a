namespace SahelBot.Discord.Embeds;

/// <summary>
/// Cuts text to a limit on a line or word boundary. Lengths are UTF-16 code units, never fewer than the characters
/// Discord counts, so a cut text is never too long; a cut never splits a surrogate pair.
/// </summary>
public static class EmbedText
{
    public const string Ellipsis = "…";

    /// <summary>Stands in for an empty field name or value, which Discord rejects; a zero-width space survives its trimming.</summary>
    public const string EmptyPlaceholder = "\u200B";

    /// <summary>
    /// Trims <paramref name="text"/> and, when longer than <paramref name="limit"/>, cuts it and ends it with "…",
    /// followed by <paramref name="overflowLink"/> (a Markdown link) when given and when it leaves room for text.
    /// </summary>
    public static string Fit(string? text, int limit, string? overflowLink = null)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length <= limit)
        {
            return trimmed;
        }

        if (limit <= Ellipsis.Length)
        {
            return CutAt(trimmed, Math.Max(limit, 0));
        }

        var suffix = Ellipsis;
        if (overflowLink is not null && Ellipsis.Length + 1 + overflowLink.Length <= limit / 2)
        {
            suffix = Ellipsis + " " + overflowLink;
        }

        var budget = limit - suffix.Length;
        return CutAt(trimmed, Boundary(trimmed, budget)).TrimEnd() + suffix;
    }

    /// <summary>A Markdown link whose label and URL cannot break out of the link syntax.</summary>
    public static string MarkdownLink(string label, string url)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(url);
        var safeLabel = label.Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Trim();
        var safeUrl = url.Trim()
            .Replace(" ", "%20", StringComparison.Ordinal)
            .Replace("(", "%28", StringComparison.Ordinal)
            .Replace(")", "%29", StringComparison.Ordinal);
        return $"[{safeLabel}]({safeUrl})";
    }

    /// <summary>Where to cut so the kept part has at most <paramref name="budget"/> units, preferring a line end, then a word end.</summary>
    private static int Boundary(string text, int budget)
    {
        if (budget <= 0)
        {
            return 0;
        }

        // A boundary far back would throw away too much text; below these fractions a hard cut is better.
        var line = text.LastIndexOf('\n', budget);
        if (line >= budget * 4 / 5)
        {
            return line;
        }

        for (var i = budget; i >= budget / 2; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return budget;
    }

    private static string CutAt(string text, int length)
    {
        if (length > 0 && length < text.Length && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text[..length];
    }
}
