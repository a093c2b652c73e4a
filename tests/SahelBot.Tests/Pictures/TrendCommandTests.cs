using Microsoft.Data.Sqlite;
using SahelBot.Features.Pictures;
using SahelBot.Features.Pictures.Trend;
using SahelBot.Tests.Support;
using SkiaSharp;

namespace SahelBot.Tests.Pictures;

public sealed class TrendCommandTests : IDisposable
{
    // Jan 2015 to Jun 2025: the curated Niger incidents since 2015 end on 19 June 2025.
    private const int MonthsSince2015 = 126;
    private readonly BotUnderTest _bot = new();

    public void Dispose() => _bot.Dispose();

    private static int MonthIndex(int year, int month) => ((year - 2015) * 12) + month - 1;

    private static SKColor DeathPixel(SKBitmap bitmap, int year, int month) =>
        bitmap.GetPixel((int)TrendChart.BarCenter(MonthIndex(year, month), MonthsSince2015), (int)TrendChart.DeathPanelRows.Bottom - 3);

    [Fact]
    public async Task TrendNigerIsA1280By800PngTheEmbedShowsWithItsTotalsAndSources()
    {
        var routed = await _bot.RunAsync("/trend niger since:2015");

        Assert.False(routed.Refused);
        var file = PictureAssertions.SingleFile(routed.Response, TrendCommand.FileName);
        using var bitmap = PictureAssertions.Decode(file.Content);
        Assert.Equal((TrendChart.Width, TrendChart.Height), (bitmap.Width, bitmap.Height));
        var embed = routed.Response.Data!.Embeds![0];
        Assert.Equal("Niger: incidents and reported deaths per month, Jan 2015 – Jun 2025", embed.Title);
        Assert.Contains("**28 incidents** from 1 Jan 2015 to 19 Jun 2025", embed.Description, StringComparison.Ordinal);
        Assert.Contains(embed.Fields!, f => f.Name == "Deadliest" && f.Value.Contains("](https://", StringComparison.Ordinal));
        Assert.Contains(embed.Fields!, f => f.Name == "Sources behind these figures" && f.Value.Contains("BBC News", StringComparison.Ordinal));
        Assert.StartsWith("Chart of incidents and reported deaths in Niger", file.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDecember2019InatesSpikeIsDrawnInItsMonthAndAnEmptyMonthIsNot()
    {
        var routed = await _bot.RunAsync("/trend niger since:2015");
        using var bitmap = PictureAssertions.Decode(routed.Response.Files![0].Content);

        Assert.Equal(Ink.DeathsLow, DeathPixel(bitmap, 2019, 12));
        Assert.Equal(Ink.Background, DeathPixel(bitmap, 2018, 6));
    }

    [Fact]
    public async Task AnIncidentAddedToTheStoreRaisesItsMonthsBar()
    {
        var before = await _bot.RunAsync("/trend niger since:2015 until:2025-06-19");
        await using (var connection = new SqliteConnection($"Data Source={_bot.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO incidents (id, date, date_precision, country_code, place, place_folded, kind, deaths_min, summary, origin, created_at, created_by)
                VALUES ('inc-test-1', '2018-06-15', 'day', 'NE', 'Testville', 'testville', 'ambush', 60, 'A test incident.', 'moderator', '2026-01-01T00:00:00.0000000Z', '1');
                INSERT INTO incident_sources (incident_id, source_id, ordinal) VALUES ('inc-test-1', 'src-001', 1);
                """;
            await insert.ExecuteNonQueryAsync();
        }

        var after = await _bot.RunAsync("/trend niger since:2015 until:2025-06-19");

        using var beforeBitmap = PictureAssertions.Decode(before.Response.Files![0].Content);
        using var afterBitmap = PictureAssertions.Decode(after.Response.Files![0].Content);
        Assert.Equal(Ink.Background, DeathPixel(beforeBitmap, 2018, 6));
        Assert.Equal(Ink.DeathsLow, DeathPixel(afterBitmap, 2018, 6));
        Assert.NotEqual(before.Response.Files[0].Content, after.Response.Files![0].Content);
    }

    [Fact]
    public async Task TheSameDataGivesTheSameBytes()
    {
        var first = await _bot.RunAsync("/trend mali since:2018 by:quarter");
        var second = await _bot.RunAsync("/trend mali since:2018 by:quarter");

        Assert.Equal(first.Response.Files![0].Content, second.Response.Files![0].Content);
    }

    [Fact]
    public async Task FrenchReadersGetFrenchTitleTotalsAndImageDescription()
    {
        var routed = await _bot.RunAsync("/trend niger since:2015", "fr");

        var file = PictureAssertions.SingleFile(routed.Response, TrendCommand.FileName);
        var embed = routed.Response.Data!.Embeds![0];
        Assert.Equal("Niger : incidents et morts rapportés par mois, janv. 2015 – juin 2025", embed.Title);
        Assert.Contains("**28 incidents** de 1 janv. 2015 à 19 juin 2025", embed.Description, StringComparison.Ordinal);
        Assert.Contains(embed.Fields!, f => f.Name == "Les plus meurtriers");
        Assert.StartsWith("Graphique des incidents et des morts rapportés, Niger", file.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("year", 11)]
    [InlineData("quarter", 42)]
    [InlineData("month", MonthsSince2015)]
    public void PeriodsRunGapFreeFromTheFirstToTheLastDate(string by, int expected)
    {
        var buckets = TrendPeriods.Buckets([], by, new DateOnly(2015, 1, 1), new DateOnly(2025, 6, 19));

        Assert.Equal(expected, buckets.Count);
        Assert.All(buckets.Zip(buckets.Skip(1)), pair => Assert.Equal(TrendPeriods.Next(pair.First.Start, by), pair.Second.Start));
    }

    [Fact]
    public async Task AnEmptySelectionGetsAMessageInsteadOfABlankPicture()
    {
        var routed = await _bot.RunAsync("/trend mauritania since:2012 until:2013");

        Assert.Null(routed.Response.Files);
        var embed = Assert.Single(routed.Response.Data!.Embeds!);
        Assert.Null(embed.Image);
        Assert.StartsWith("No incident in the fact store matches these filters, so there is nothing to draw.", embed.Description, StringComparison.Ordinal);
    }
}
