using SahelBot.Facts.Import;

namespace SahelBot.Facts.Tests.Import;

public sealed class ConflictDateParserTests
{
    [Theory]
    [InlineData("2022-09-23", null, "2022-09-23")]
    [InlineData("2021-06-04 00:00:00.000", null, "2021-06-04")]
    [InlineData("2021-06-04T00:00:00", null, "2021-06-04")]
    [InlineData("16 May 2025", 2025, "2025-05-16")]
    [InlineData("04 January 2017", 2017, "2017-01-04")]
    [InlineData("16-Feb-21", 2021, "2021-02-16")]
    [InlineData("5-Feb-21", null, "2021-02-05")]
    [InlineData("12-September-22", 2022, "2022-09-12")]
    [InlineData("30-June-18", 2018, "2018-06-30")]
    [InlineData("15-Jul-22", 2022, "2022-07-15")]
    [InlineData("29/12/2015", 2015, "2015-12-29")]
    [InlineData("29-12-2015", null, "2015-12-29")]
    [InlineData("18-Feb-04", 2004, "2004-02-18")]
    [InlineData("3-Mar-98", 1998, "1998-03-03")]
    [InlineData("44197", 2021, "2021-01-01")]
    public void EveryDateFormatOfTheExportsIsRead(string text, int? year, string expected)
    {
        Assert.True(ConflictDateParser.TryParse(text, year, out var date, out var error), error);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("31 February 2021", null)]
    [InlineData("13/13/2015", null)]
    [InlineData("yesterday", null)]
    [InlineData("", null)]
    [InlineData("2021-03-14", 2020)]
    public void ImpossibleDatesAndDatesOutsideTheRowsYearAreRefusedWithAReason(string text, int? year)
    {
        Assert.False(ConflictDateParser.TryParse(text, year, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }
}
