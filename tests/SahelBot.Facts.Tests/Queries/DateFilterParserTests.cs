using System.Globalization;
using SahelBot.Facts.Queries;

namespace SahelBot.Facts.Tests.Queries;

public sealed class DateFilterParserTests
{
    private static readonly DateOnly Today = new(2025, 3, 31);

    [Theory]
    [InlineData("2019-12-10", "2019-12-10")]
    [InlineData("2019-12", "2019-12-01")]
    [InlineData("2019", "2019-01-01")]
    [InlineData("30d", "2025-03-01")]
    [InlineData("2w", "2025-03-17")]
    [InlineData("1m", "2025-02-28")]
    [InlineData("6m", "2024-09-30")]
    [InlineData("1y", "2024-03-31")]
    [InlineData(" 2019 ", "2019-01-01")]
    [InlineData("10D", "2025-03-21")]
    public void SinceAcceptsDatesMonthsYearsAndSpans(string text, string expected)
    {
        Assert.True(DateFilterParser.TryParseSince(text, Today, out var since, out var error));
        Assert.Null(error);
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), since);
    }

    [Theory]
    [InlineData("2019-12-10", "2019-12-10")]
    [InlineData("2019-12", "2019-12-31")]
    [InlineData("2020-02", "2020-02-29")]
    [InlineData("2019", "2019-12-31")]
    [InlineData("30d", "2025-03-01")]
    [InlineData("1y", "2024-03-31")]
    public void UntilTakesTheLastDayOfAMonthOrYear(string text, string expected)
    {
        Assert.True(DateFilterParser.TryParseUntil(text, Today, out var until, out var error));
        Assert.Null(error);
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), until);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2019-13")]
    [InlineData("2019-02-30")]
    [InlineData("10/12/2019")]
    [InlineData("5x")]
    [InlineData("-3d")]
    [InlineData("99999y")]
    public void AnythingElseIsRefusedWithWhatIsAccepted(string text)
    {
        Assert.False(DateFilterParser.TryParseSince(text, Today, out _, out var error));
        Assert.NotNull(error);
        Assert.Contains("2019-12-10", error, StringComparison.Ordinal);
        Assert.Contains("30d", error, StringComparison.Ordinal);
        Assert.False(DateFilterParser.TryParseUntil(text, Today, out _, out var untilError));
        Assert.NotNull(untilError);
    }
}
