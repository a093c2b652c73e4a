using SahelBot.Discord.Embeds;
using SahelBot.Discord.Models;

namespace SahelBot.Discord.Tests.Embeds;

public class EmbedBuilderTests
{
    private const string Url = "https://example.org/incidents/4711";

    /// <summary>Text of exactly <paramref name="length"/> characters with spaces between words and none at the end.</summary>
    private static string Words(int length) => string.Concat(Enumerable.Repeat("mot ", (length / 4) + 1))[..(length - 1)] + "x";

    [Fact]
    public void TitleIsTrimmed() => Assert.Equal("Inates", new EmbedBuilder().WithTitle("  Inates  ").Build().Title);

    [Fact]
    public void TitleOverLimitIsCut()
    {
        var title = new EmbedBuilder().WithTitle(Words(300)).Build().Title!;

        Assert.True(title.Length <= EmbedLimits.Title);
        Assert.EndsWith("…", title, StringComparison.Ordinal);
    }

    [Fact]
    public void TitleAtLimitIsKept()
    {
        var text = Words(EmbedLimits.Title);

        Assert.Equal(text, new EmbedBuilder().WithTitle(text).Build().Title);
    }

    [Fact]
    public void WhitespaceTitleIsOmitted() => Assert.Null(new EmbedBuilder().WithTitle("   ").WithDescription("x").Build().Title);

    [Fact]
    public void DescriptionOverLimitIsCut() =>
        Assert.True(new EmbedBuilder().WithDescription(Words(5000)).Build().Description!.Length <= EmbedLimits.Description);

    [Fact]
    public void CutDescriptionEndsWithOverflowLink()
    {
        var description = new EmbedBuilder().WithDescription(Words(5000)).WithOverflowLink(Url, "Lire la suite").Build().Description!;

        Assert.EndsWith($"… [Lire la suite]({Url})", description, StringComparison.Ordinal);
        Assert.True(description.Length <= EmbedLimits.Description);
    }

    [Fact]
    public void OverflowLinkIsNotAddedToTextThatFits() =>
        Assert.Equal("court", new EmbedBuilder().WithDescription("court").WithOverflowLink(Url, "suite").Build().Description);

    [Fact]
    public void OverflowLinkIsNotAddedToTitles() =>
        Assert.DoesNotContain("](", new EmbedBuilder().WithTitle(Words(300)).WithOverflowLink(Url, "suite").Build().Title!, StringComparison.Ordinal);

    [Fact]
    public void FieldValueOverLimitEndsWithOverflowLink()
    {
        var value = new EmbedBuilder().AddField("Résumé", Words(2000)).WithOverflowLink(Url, "suite").Build().Fields![0].Value;

        Assert.True(value.Length <= EmbedLimits.FieldValue);
        Assert.EndsWith($"[suite]({Url})", value, StringComparison.Ordinal);
    }

    [Fact]
    public void FieldNameOverLimitIsCut() =>
        Assert.True(new EmbedBuilder().AddField(Words(300), "v").Build().Fields![0].Name.Length <= EmbedLimits.FieldName);

    [Fact]
    public void EmptyFieldNameGetsPlaceholder() =>
        Assert.Equal(EmbedText.EmptyPlaceholder, new EmbedBuilder().AddField(" ", "v").Build().Fields![0].Name);

    [Fact]
    public void EmptyFieldValueGetsPlaceholder() =>
        Assert.Equal(EmbedText.EmptyPlaceholder, new EmbedBuilder().AddField("n", "").Build().Fields![0].Value);

    [Fact]
    public void FieldInlineFlagIsKept() => Assert.True(new EmbedBuilder().AddField("n", "v", inline: true).Build().Fields![0].Inline);

    [Fact]
    public void FieldsBeyondTwentyFiveAreDropped()
    {
        var builder = new EmbedBuilder();
        for (var i = 0; i < 30; i++)
        {
            builder.AddField($"f{i}", "v");
        }

        var fields = builder.Build().Fields!;

        Assert.Equal(EmbedLimits.Fields, fields.Count);
        Assert.Equal("f24", fields[^1].Name);
    }

    [Fact]
    public void DroppedFieldsAreNotedInFooter()
    {
        var builder = new EmbedBuilder().WithFooter("Source : ACLED");
        for (var i = 0; i < 27; i++)
        {
            builder.AddField($"f{i}", "v");
        }

        Assert.Equal("Source : ACLED • +2 more not shown", builder.Build().Footer!.Text);
    }

    [Fact]
    public void DroppedFieldsNoteCanBeLocalized()
    {
        var builder = new EmbedBuilder().WithDroppedFieldsNote(n => $"{n} autres non affichés");
        for (var i = 0; i < 26; i++)
        {
            builder.AddField($"f{i}", "v");
        }

        Assert.Equal("1 autres non affichés", builder.Build().Footer!.Text);
    }

    [Fact]
    public void FooterOverLimitIsCut() =>
        Assert.True(new EmbedBuilder().WithFooter(Words(3000)).Build().Footer!.Text.Length <= EmbedLimits.FooterText);

    [Fact]
    public void AuthorNameOverLimitIsCut() =>
        Assert.True(new EmbedBuilder().WithAuthor(Words(300)).Build().Author!.Name.Length <= EmbedLimits.AuthorName);

    [Fact]
    public void TotalOverSixThousandIsBroughtUnderTheLimit()
    {
        var builder = new EmbedBuilder().WithTitle(Words(256)).WithDescription(Words(4096)).WithFooter(Words(2048));
        for (var i = 0; i < 25; i++)
        {
            builder.AddField(Words(256), Words(1024));
        }

        Assert.True(MessageFitter.CountCharacters(builder.Build()) <= EmbedLimits.TotalCharacters);
    }

    [Fact]
    public void TotalIsReducedByShorteningDescriptionBeforeDroppingFields()
    {
        var builder = new EmbedBuilder().WithDescription(Words(4096));
        for (var i = 0; i < 2; i++)
        {
            builder.AddField("n", Words(1000));
        }

        var embed = builder.Build();

        Assert.Equal(2, embed.Fields!.Count);
        Assert.True(embed.Description!.Length < 4096);
    }

    [Fact]
    public void FieldsDroppedForTheTotalAreNotedInFooter()
    {
        var builder = new EmbedBuilder();
        for (var i = 0; i < 10; i++)
        {
            builder.AddField("n", Words(1000));
        }

        var embed = builder.Build();

        Assert.Equal(5, embed.Fields!.Count);
        Assert.Equal("+5 more not shown", embed.Footer!.Text);
    }

    [Fact]
    public void ColorAboveWhiteIsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new EmbedBuilder().WithColor(0x1000000));

    [Fact]
    public void ColorIsKept() => Assert.Equal(0xE67E22, new EmbedBuilder().WithColor(0xE67E22).Build().Color);

    [Fact]
    public void TimestampIsIso8601Utc() =>
        Assert.Equal("2026-08-10T08:40:00.000+00:00", new EmbedBuilder().WithTimestamp(new DateTimeOffset(2026, 8, 10, 9, 40, 0, TimeSpan.FromHours(1))).Build().Timestamp);

    [Fact]
    public void HttpUrlIsKept() => Assert.Equal(Url, new EmbedBuilder().WithUrl(Url).Build().Url);

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative")]
    [InlineData("not a url")]
    [InlineData("attachment://map.png")]
    public void UrlDiscordWouldRejectIsLeftOut(string url) => Assert.Null(new EmbedBuilder().WithUrl(url).Build().Url);

    [Fact]
    public void OverlongUrlIsLeftOut() => Assert.Null(new EmbedBuilder().WithUrl("https://example.org/" + new string('a', 2048)).Build().Url);

    [Fact]
    public void AttachmentThumbnailIsKept() =>
        Assert.Equal(new EmbedMedia("attachment://map.png"), new EmbedBuilder().WithThumbnail("attachment://map.png").Build().Thumbnail);

    [Fact]
    public void ImageUrlIsKept() =>
        Assert.Equal(new EmbedMedia("https://example.org/map.png"), new EmbedBuilder().WithImage("https://example.org/map.png").Build().Image);

    [Fact]
    public void AuthorWithLinkAndIconIsKept() =>
        Assert.Equal(new EmbedAuthor("SahelBot", "https://example.org", "https://example.org/i.png"), new EmbedBuilder().WithAuthor("SahelBot", "https://example.org", "https://example.org/i.png").Build().Author);

    [Fact]
    public void NoFieldsMeansFieldsOmitted() => Assert.Null(new EmbedBuilder().WithDescription("x").Build().Fields);
}
