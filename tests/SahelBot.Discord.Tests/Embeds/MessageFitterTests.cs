using SahelBot.Discord.Embeds;
using SahelBot.Discord.Models;

namespace SahelBot.Discord.Tests.Embeds;

public class MessageFitterTests
{
    /// <summary>Text of exactly <paramref name="length"/> characters with spaces between words and none at the end.</summary>
    private static string Words(int length) => string.Concat(Enumerable.Repeat("mot ", (length / 4) + 1))[..(length - 1)] + "x";

    [Fact]
    public void EmbedsThatFitAreUnchanged()
    {
        Embed[] embeds = [new() { Title = "a", Description = "b" }, new() { Title = "c" }];

        Assert.Equal(embeds, MessageFitter.FitTotal(embeds));
    }

    [Fact]
    public void AtMostTenEmbedsAreKept()
    {
        var embeds = Enumerable.Range(0, 12).Select(i => new Embed { Title = $"e{i}" }).ToList();

        var fitted = MessageFitter.FitTotal(embeds);

        Assert.Equal(EmbedLimits.EmbedsPerMessage, fitted.Count);
        Assert.Equal("e9", fitted[^1].Title);
    }

    [Fact]
    public void TotalOfManyEmbedsIsBroughtUnderSixThousand()
    {
        var embeds = Enumerable.Range(0, 10).Select(_ => new Embed { Title = Words(256), Description = Words(4096), Footer = new EmbedFooter(Words(2048)) }).ToList();

        Assert.True(MessageFitter.FitTotal(embeds).Sum(MessageFitter.CountCharacters) <= EmbedLimits.TotalCharacters);
    }

    [Fact]
    public void LastDescriptionIsShortenedFirst()
    {
        Embed[] embeds = [new() { Description = Words(3000) }, new() { Description = Words(3500) }];

        var fitted = MessageFitter.FitTotal(embeds);

        Assert.Equal(3000, fitted[0].Description!.Length);
        Assert.True(fitted[1].Description!.Length <= 3000);
    }

    [Fact]
    public void DescriptionsAreShortenedBeforeFieldsAreDropped()
    {
        Embed[] embeds = [new() { Description = Words(4000), Fields = [new EmbedField("n", Words(1000)), new EmbedField("n", Words(1000))] }];

        var fitted = MessageFitter.FitTotal(embeds);

        Assert.Equal(2, fitted[0].Fields!.Count);
        Assert.EndsWith("…", fitted[0].Description!, StringComparison.Ordinal);
    }

    [Fact]
    public void LastFieldsAreDroppedWhenDescriptionsAreAtTheirFloor()
    {
        var fields = Enumerable.Range(0, 8).Select(i => new EmbedField($"f{i}", Words(1000))).ToList();

        var fitted = MessageFitter.FitTotal([new Embed { Description = Words(150), Fields = fields }]);

        Assert.Equal(["f0", "f1", "f2", "f3", "f4"], fitted[0].Fields!.Select(f => f.Name));
        Assert.Equal(150, fitted[0].Description!.Length);
    }

    [Fact]
    public void TextOverItsOwnLimitIsCut()
    {
        var fitted = MessageFitter.FitTotal([new Embed { Title = Words(300) }]);

        Assert.True(fitted[0].Title!.Length <= EmbedLimits.Title);
    }

    [Fact]
    public void CountIncludesTheSixCountedTexts() =>
        Assert.Equal(
            1 + 2 + 3 + 4 + 5 + 6,
            MessageFitter.CountCharacters(new Embed
            {
                Title = "a",
                Description = "bb",
                Fields = [new EmbedField("ccc", "dddd")],
                Footer = new EmbedFooter("eeeee"),
                Author = new EmbedAuthor("ffffff"),
                Url = "https://example.org/not-counted",
            }));
}
