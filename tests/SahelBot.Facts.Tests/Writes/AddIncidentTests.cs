using SahelBot.Facts.Tests.Support;
using SahelBot.Facts.Writes;

namespace SahelBot.Facts.Tests.Writes;

public sealed class AddIncidentTests(CuratedStoreFixture fixture) : WriterTestBase(fixture)
{
    [Fact]
    public async Task ACuratorsIncidentIsPublishedWithItsSourceAndOneExactAuditRow()
    {
        var result = await Writer.AddIncidentAsync(Incident(groups: ["grp-002"]), Curator);

        Assert.Equal(new WriteResult("inc-110", FactKind.Incident, 1), result);
        Assert.Null(await ScalarAsync<long?>("SELECT guild_id FROM incidents WHERE id = 'inc-110'"));
        Assert.Equal("moderator|42|12|15|tillia", await ScalarAsync<string>(
            "SELECT origin || '|' || created_by || '|' || deaths_min || '|' || deaths_max || '|' || place_folded FROM incidents WHERE id = 'inc-110'"));
        Assert.Equal("src-698 https://example.org/news/tillia", await ScalarAsync<string>(
            "SELECT s.id || ' ' || s.url FROM incident_sources x JOIN sources s ON s.id = x.source_id WHERE x.incident_id = 'inc-110'"));
        var audit = Assert.Single(await AuditAsync("inc-110"));
        Assert.Equal("add", audit.Action);
        Assert.Null(audit.Before);
        Assert.Equal((long)CuratorGuild, audit.GuildId);
        Assert.Equal("42", audit.Actor);
        Assert.Equal("2026-11-25T12:00:00.0000000Z", audit.At);
        Assert.Equal(
            """{"id":"inc-110","date":"2026-11-20","date_precision":"day","country_code":"NE","admin1":null,"place":"Tillia","kind":"ambush","target":null,"deaths_military":null,"deaths_civilian":null,"deaths_militants":null,"deaths_min":12,"deaths_max":15,"injured":null,"missing":null,"summary":"Gunmen attacked a patrol near Tillia.","guild_id":null,"retracted_at":null,"retracted_reason":null,"version":1,"place_aliases":[],"perpetrators":["grp-002"],"claimants":[],"sources":["src-698 https://example.org/news/tillia"]}""",
            audit.After);
    }

    [Fact]
    public async Task ExtraSourcesAreCitedInOrderAndAnAddressAlreadyStoredIsReused()
    {
        var known = await ScalarAsync<string>("SELECT url FROM sources WHERE id = 'src-002'");

        await Writer.AddIncidentAsync(Incident(extra: [known, "https://example.org/second"]), Curator);

        var cited = await ScalarAsync<string>(
            "SELECT group_concat(source_id, ' ') FROM (SELECT source_id FROM incident_sources WHERE incident_id = 'inc-110' ORDER BY ordinal)");
        Assert.Equal("src-698 src-002 src-699", cited);
    }

    [Fact]
    public async Task AModeratorOfAnotherServerWritesAFactAndSourcesOnlyThatServerSees()
    {
        await Writer.AddIncidentAsync(Incident(), Elsewhere);

        Assert.Equal((long)OtherGuild, await ScalarAsync<long>("SELECT guild_id FROM incidents WHERE id = 'inc-110'"));
        Assert.Equal((long)OtherGuild, await ScalarAsync<long>("SELECT guild_id FROM sources WHERE id = 'src-698'"));
    }

    [Fact]
    public async Task TheNewIncidentIsFoundBySearchInTheSameWrite()
    {
        await Writer.AddIncidentAsync(Incident(place: "Zzyzxville"), Curator);

        Assert.Equal(1, await ScalarAsync<long>("SELECT count(*) FROM search_text WHERE search_text MATCH '\"zzyzxville\"'"));
    }

    [Theory]
    [InlineData("javascript:alert(1)", FactWriteError.SourceUrlNotHttp)]
    [InlineData("ftp://example.org/a", FactWriteError.SourceUrlNotHttp)]
    [InlineData("example.org/no-scheme", FactWriteError.SourceUrlNotHttp)]
    [InlineData("https://exa mple.org/", FactWriteError.SourceUrlNotHttp)]
    [InlineData("", FactWriteError.SourceUrlNotHttp)]
    public async Task ABadSourceAddressIsRefusedAndNothingIsWritten(string url, FactWriteError expected)
    {
        var before = Dump();

        var error = await Assert.ThrowsAsync<FactWriteException>(() => Writer.AddIncidentAsync(Incident(url: url), Curator));

        Assert.Equal(expected, error.Error);
        Assert.Equal(before, Dump());
    }

    [Fact]
    public async Task AnAddressLongerThanDiscordAllowsIsRefused()
    {
        var before = Dump();
        var url = "https://example.org/" + new string('a', FactLimits.Url);

        var error = await Assert.ThrowsAsync<FactWriteException>(() => Writer.AddIncidentAsync(Incident(url: url), Curator));

        Assert.Equal(FactWriteError.SourceUrlTooLong, error.Error);
        Assert.Equal(before, Dump());
    }

    [Theory]
    [InlineData("2026-11-26", FactWriteError.DateInFuture)]
    [InlineData("1959-12-31", FactWriteError.DateBefore1960)]
    public async Task ADateInTheFutureOrBefore1960IsRefused(string date, FactWriteError expected)
    {
        var before = Dump();

        var error = await Assert.ThrowsAsync<FactWriteException>(() => Writer.AddIncidentAsync(Incident(date: date), Curator));

        Assert.Equal(expected, error.Error);
        Assert.Equal(before, Dump());
    }

    [Theory]
    [InlineData("", FactWriteError.PlaceMissing)]
    [InlineData("[click](https://evil.example)", FactWriteError.PlaceCharacters)]
    [InlineData("<@123>", FactWriteError.PlaceCharacters)]
    public async Task APlacelessOrFormattedPlaceIsRefused(string place, FactWriteError expected)
    {
        var error = await Assert.ThrowsAsync<FactWriteException>(() => Writer.AddIncidentAsync(Incident(place: place), Curator));

        Assert.Equal(expected, error.Error);
    }

    [Theory]
    [InlineData(-1, null, FactWriteError.NegativeNumber)]
    [InlineData(10, 5, FactWriteError.InvertedRange)]
    [InlineData(100_001, null, FactWriteError.NumberTooLarge)]
    public async Task NegativeOrInvertedTollsAreRefused(int? min, int? max, FactWriteError expected)
    {
        var error = await Assert.ThrowsAsync<FactWriteException>(() => Writer.AddIncidentAsync(Incident(min: min, max: max), Curator));

        Assert.Equal(expected, error.Error);
    }

    [Fact]
    public async Task ASummaryOverItsLimitIsRefused()
    {
        var error = await Assert.ThrowsAsync<FactWriteException>(() => Writer.AddIncidentAsync(Incident(summary: new string('x', FactLimits.Summary + 1)), Curator));

        Assert.Equal(FactWriteError.TextTooLong, error.Error);
    }

    [Fact]
    public async Task AnUnknownCountryOrGroupIsRefusedAndNothingIsWritten()
    {
        var before = Dump();

        var country = await Assert.ThrowsAsync<FactWriteException>(() => Writer.AddIncidentAsync(Incident(country: "XX"), Curator));
        var group = await Assert.ThrowsAsync<FactWriteException>(() => Writer.AddIncidentAsync(Incident(groups: ["grp-999"]), Curator));

        Assert.Equal(FactWriteError.UnknownCountry, country.Error);
        Assert.Equal(FactWriteError.UnknownGroup, group.Error);
        Assert.Equal(before, Dump());
    }

    [Fact]
    public async Task AGroupFoundedAfterTheIncidentIsRefused()
    {
        // grp-001 (JNIM) was founded 2017-03-02.
        var error = await Assert.ThrowsAsync<FactWriteException>(() => Writer.AddIncidentAsync(Incident(date: "2016-05-01", groups: ["grp-001"]), Curator));

        Assert.Equal(FactWriteError.GroupFoundedAfterIncident, error.Error);
    }

    [Fact]
    public async Task TheSameEventWithinADayIsFoundByPlaceOrAlias()
    {
        var finder = new DuplicateFinder(Store);

        // inc-001: Inates (alias Inatès), Niger, 2019-12-10.
        Assert.Equal(["inc-001"], await finder.FindAsync("NE", "inatès", new DateOnly(2019, 12, 11), OtherGuild));
        Assert.Equal(["inc-001"], await finder.FindAsync("NE", "INATES", new DateOnly(2019, 12, 9), OtherGuild));
        Assert.Empty(await finder.FindAsync("NE", "Inates", new DateOnly(2019, 12, 12), OtherGuild));
        Assert.Empty(await finder.FindAsync("ML", "Inates", new DateOnly(2019, 12, 10), OtherGuild));
    }
}
