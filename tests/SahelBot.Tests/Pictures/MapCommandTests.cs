using Microsoft.Data.Sqlite;
using SahelBot.Features.Pictures;
using SahelBot.Features.Pictures.Geo;
using SahelBot.Features.Pictures.Map;
using SahelBot.Tests.Support;
using SkiaSharp;

namespace SahelBot.Tests.Pictures;

public sealed class MapCommandTests : IDisposable
{
    private readonly BotUnderTest _bot = new();

    public void Dispose() => _bot.Dispose();

    private SKPoint Project(double lat, double lon) =>
        MapPicture.ProjectionFor(_bot.Get<Outlines>().Find("ML")!).Project(lat, lon);

    [Fact]
    public async Task MapMaliIsA1280By1000PngWithTheUnplacedIncidentsListed()
    {
        var routed = await _bot.RunAsync("/map mali");

        Assert.False(routed.Refused);
        var file = PictureAssertions.SingleFile(routed.Response, MapCommand.FileName);
        using var bitmap = PictureAssertions.Decode(file.Content);
        Assert.Equal((MapPicture.Width, MapPicture.Height), (bitmap.Width, bitmap.Height));
        var embed = routed.Response.Data!.Embeds![0];
        Assert.Equal("Mali: incidents by kind, Jan 2012 – Jul 2025", embed.Title);
        var unplaced = Assert.Single(embed.Fields!, f => f.Name == "Not placed on the map");
        Assert.StartsWith("15 at stored coordinates, 27 placed approximately from the place name, 2 not placed", unplaced.Value, StringComparison.Ordinal);
        Assert.Contains("Tabankort", unplaced.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIncidentWithCoordinatesIsDrawnWhereTheyMapAndOnlyWhenSelected()
    {
        // January 2017: only the Gao camp suicide bombing (80 dead, stored at 16.27 N, 0.04 W). February 2016: only Kidal.
        var gao = await _bot.RunAsync("/map mali since:2017-01 until:2017-01");
        var kidal = await _bot.RunAsync("/map mali since:2016-02 until:2016-02");

        // Left of and below the centre, clear of the Gao town dot and its label.
        var at = Project(16.27, -0.04) + new SKPoint(-10, 8);
        using var withGao = PictureAssertions.Decode(gao.Response.Files![0].Content);
        using var withoutGao = PictureAssertions.Decode(kidal.Response.Files![0].Content);
        var expected = PictureAssertions.Over(Palette.Kind("suicide bombing"), 215, Ink.Focus);
        Assert.True(PictureAssertions.Near(withGao.GetPixel((int)at.X, (int)at.Y), expected), $"{withGao.GetPixel((int)at.X, (int)at.Y)} is not {expected}");
        Assert.Equal(Ink.Focus, withoutGao.GetPixel((int)at.X, (int)at.Y));
    }

    [Fact]
    public async Task OgossagouIsDrawnApproximatelyAtBankassTheTownItsSummaryNames()
    {
        var routed = await _bot.RunAsync("/map mali since:2019-03-23 until:2019-03-23");

        var bankass = _bot.Get<Gazetteer>().FindTown("ML", "bankass")!;
        var at = Project(bankass.Lat, bankass.Lon);
        using var bitmap = PictureAssertions.Decode(routed.Response.Files![0].Content);
        var expected = PictureAssertions.Over(Palette.Kind("massacre"), 80, Ink.Focus);
        Assert.True(PictureAssertions.Near(bitmap.GetPixel((int)at.X + 6, (int)at.Y + 6), expected), $"{bitmap.GetPixel((int)at.X + 6, (int)at.Y + 6)} is not {expected}");
        Assert.Contains("0 at stored coordinates, 1 placed approximately", routed.Response.Data!.Embeds![0].Fields!.Single(f => f.Name == "Not placed on the map").Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameDataGivesTheSameBytes()
    {
        var first = await _bot.RunAsync("/map burkina");
        var second = await _bot.RunAsync("/map burkina");

        Assert.Equal(first.Response.Files![0].Content, second.Response.Files![0].Content);
    }

    [Fact]
    public async Task FrenchReadersGetAFrenchMap()
    {
        var routed = await _bot.RunAsync("/map mali", "fr");

        var file = PictureAssertions.SingleFile(routed.Response, MapCommand.FileName);
        var embed = routed.Response.Data!.Embeds![0];
        Assert.Equal("Mali : incidents par type, janv. 2012 – juil. 2025", embed.Title);
        Assert.Contains(embed.Fields!, f => f.Name == "Non placés sur la carte" && f.Value.StartsWith("15 aux coordonnées enregistrées", StringComparison.Ordinal));
        Assert.StartsWith("Carte des incidents, Mali", file.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptySelectionGetsAMessageInsteadOfABlankMap()
    {
        var routed = await _bot.RunAsync("/map chad since:2012 until:2013");

        Assert.Null(routed.Response.Files);
        Assert.StartsWith("No incident in the fact store matches these filters", routed.Response.Data!.Embeds![0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManyIncidentsNotPlacedAreCountedInFullAndTheOldestNamed()
    {
        await using (var connection = new SqliteConnection($"Data Source={_bot.DatabasePath}"))
        {
            await connection.OpenAsync();
            for (var n = 1; n <= 45; n++)
            {
                await using var insert = connection.CreateCommand();
                insert.CommandText = $"""
                    INSERT INTO incidents (id, date, date_precision, country_code, place, place_folded, kind, deaths_min, summary, origin, created_at, created_by)
                    VALUES ('inc-nowhere-{n:D2}', '2026-01-{(n % 28) + 1:D2}', 'day', 'ML', 'Nowhere {n:D2}', 'nowhere {n:D2}', 'ambush', 1, 'A test incident.', 'moderator', '2026-02-01T00:00:00.0000000Z', '1');
                    INSERT INTO incident_sources (incident_id, source_id, ordinal) VALUES ('inc-nowhere-{n:D2}', 'src-001', 1);
                    """;
                await insert.ExecuteNonQueryAsync();
            }
        }

        var routed = await _bot.RunAsync("/map mali since:2026-01-01");

        var field = Assert.Single(routed.Response.Data!.Embeds![0].Fields!, f => f.Name == "Not placed on the map").Value;
        var lines = field.Split('\n');
        Assert.Equal("0 at stored coordinates, 0 placed approximately from the place name, 45 not placed", lines[0]);
        // Oldest first: 1 January holds the 28th, 2 January the 1st and the 29th (ids break the tie).
        Assert.Equal(["1 Jan 2026 Nowhere 28", "2 Jan 2026 Nowhere 01", "2 Jan 2026 Nowhere 29"], lines.Skip(1).Take(3));
        Assert.Equal(1 + 8 + 1, lines.Length);
        Assert.Contains("37", lines[^1], StringComparison.Ordinal);
    }
}
