using SahelBot.Cli;
using SahelBot.Formatting;

namespace SahelBot.Tests.Formatting;

public class MarkdownTests
{
    [Fact]
    public void StoredTextCannotFormAMarkdownLinkOrMention()
    {
        var escaped = Markdown.Escape("[click](https://evil.example) @everyone **bold** <@123>");

        Assert.DoesNotContain("](", escaped.Replace("\\](", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\\[click\\]", escaped, StringComparison.Ordinal);
        Assert.Contains("\\*\\*bold\\*\\*", escaped, StringComparison.Ordinal);
        Assert.Contains("\\<\\@123\\>", escaped, StringComparison.Ordinal);
    }

    [Fact]
    public void LinkAddressCannotCloseTheLinkEarly()
    {
        var link = Markdown.Link("Report [draft]", "https://example.org/a_(b) c");

        Assert.Equal("[Report \\[draft\\]](https://example.org/a_%28b%29%20c)", link);
    }

    [Fact]
    public void TerminalSpellsOutLinksAndDropsEscapes()
    {
        Assert.Equal("[1] https://a.example/x — a\\b", TerminalRenderer.Plain("[1](https://a.example/x) — a\\\\b"));
    }
}
