using SahelBot.Discord.Hosting;

namespace SahelBot.Discord.Tests.Hosting;

public class TokenRedactorTests
{
    private const string Token = "MTQzNDg3NDc1Mzg0NTkxNjUwNg.GhJkLm.abcdefghijklmnopqrstuvwxyz0123456789ABCD";

    [Fact]
    public void TokenIsReplaced() =>
        Assert.Equal("Authorization: Bot [redacted] failed", TokenRedactor.Redact($"Authorization: Bot {Token} failed", Token));

    [Fact]
    public void EveryOccurrenceIsReplaced() =>
        Assert.DoesNotContain(Token, TokenRedactor.Redact($"{Token} and {Token}", Token), StringComparison.Ordinal);

    [Fact]
    public void SignaturePartAloneIsReplaced() =>
        Assert.Equal("secret part: [redacted]", TokenRedactor.Redact("secret part: abcdefghijklmnopqrstuvwxyz0123456789ABCD", Token));

    [Fact]
    public void TextWithoutTokenIsUnchanged() =>
        Assert.Equal("gateway closed with 4004", TokenRedactor.Redact("gateway closed with 4004", Token));

    [Fact]
    public void NullTokenLeavesTextUnchanged() => Assert.Equal("text", TokenRedactor.Redact("text", null));

    [Fact]
    public void ShortTokenDoesNotRedactOrdinaryWords() => Assert.Equal("the bot", TokenRedactor.Redact("the bot", "bot"));

    [Fact]
    public void SurroundingWhitespaceInConfiguredTokenIsIgnored() =>
        Assert.Equal("x [redacted] y", TokenRedactor.Redact($"x {Token} y", $"  {Token}\n"));
}
