using System.Text;

namespace SahelBot.Formatting;

/// <summary>Shows stored text as text: no Markdown link, emphasis or mention can come from the data itself.</summary>
public static class Markdown
{
    private const string Special = "\\*_~`|>[]()#<@:";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>A link whose label is escaped and whose address cannot close the Markdown link early.</summary>
    public static string Link(string label, string url) =>
        $"[{Escape(label)}]({url.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal)})";
}
