using SahelBot.Discord.Embeds;

namespace SahelBot.Discord.Tests.Embeds;

public class EmbedTextTests
{
    [Fact]
    public void TextWithinLimitIsOnlyTrimmed() => Assert.Equal("Niamey", EmbedText.Fit("  Niamey \n", 10));

    [Fact]
    public void LongTextIsCutAtAWordBoundaryWithEllipsis() =>
        Assert.Equal("attack near…", EmbedText.Fit("attack near Inates today", 15));

    [Fact]
    public void CutTextNeverExceedsTheLimit()
    {
        var text = string.Join(' ', Enumerable.Repeat("Tillabéri", 100));

        Assert.True(EmbedText.Fit(text, 97).Length <= 97);
    }

    [Fact]
    public void LineBoundaryIsPreferredNearTheEnd() =>
        Assert.Equal("first line here\nsecond line…", EmbedText.Fit("first line here\nsecond line\nthird line goes on", 30));

    [Fact]
    public void WordWithoutSpacesIsCutHard() =>
        Assert.Equal("abcdefghi…", EmbedText.Fit("abcdefghijklmnopqrstuvwxyz", 10));

    [Fact]
    public void CutNeverSplitsASurrogatePair()
    {
        var text = "ab" + string.Concat(Enumerable.Repeat("😀", 10));

        var cut = EmbedText.Fit(text, 6);

        Assert.False(char.IsHighSurrogate(cut[^2]) && !char.IsLowSurrogate(cut[^1]));
        Assert.Equal("ab😀…", cut);
    }

    [Fact]
    public void OverflowLinkEndsTheCutText()
    {
        var link = EmbedText.MarkdownLink("source", "https://example.org/a");

        var cut = EmbedText.Fit(string.Join(' ', Enumerable.Repeat("word", 100)), 120, link);

        Assert.EndsWith("… [source](https://example.org/a)", cut, StringComparison.Ordinal);
        Assert.True(cut.Length <= 120);
    }

    [Fact]
    public void OverflowLinkTooLongForTheLimitFallsBackToEllipsis()
    {
        var link = EmbedText.MarkdownLink("source", "https://example.org/" + new string('x', 100));

        Assert.Equal("word word…", EmbedText.Fit("word word word word", 12, link));
    }

    [Fact]
    public void MarkdownLinkEscapesCharactersThatWouldBreakIt() =>
        Assert.Equal("[a b](https://x.org/a%28b%29%20c)", EmbedText.MarkdownLink("[a] b", "https://x.org/a(b) c"));

    [Fact]
    public void NullTextBecomesEmpty() => Assert.Equal("", EmbedText.Fit(null, 10));
}
