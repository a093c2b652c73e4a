using SahelBot.Facts.Model;
using SahelBot.Facts.Queries;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Queries;

public sealed class IncidentQueriesTests(CuratedStoreFixture fixture) : IClassFixture<CuratedStoreFixture>, IDisposable
{
    private const ulong GuildA = 1_100_000_000_000_000_001UL;
    private const ulong GuildB = 1_100_000_000_000_000_002UL;
    private readonly TempDirectory temp = new();
    private readonly IncidentQueries queries = new(fixture.Store);

    public void Dispose() => temp.Dispose();

    private async Task<IReadOnlyList<IncidentSummary>> AllAsync(IncidentFilter filter, IncidentQueries? on = null)
    {
        var page = await (on ?? queries).ListAsync(filter, 0, 500);
        return page.Items;
    }

    [Fact]
    public async Task AnEmptyFilterListsEveryIncidentNewestFirstThenById()
    {
        var page = await queries.ListAsync(new IncidentFilter(), 0, 500);
        Assert.Equal(109, page.Total);
        Assert.Equal("inc-109", page.Items[0].Id);
        var keys = page.Items.Select(i => (i.Date, i.Id)).ToList();
        var expected = keys.OrderByDescending(k => k.Date).ThenBy(k => k.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, keys);
        var sameDay = page.Items.Where(i => i.Date == new DateOnly(2019, 12, 10)).Select(i => i.Id);
        Assert.Equal(["inc-001", "inc-009"], sameDay);
    }

    [Theory]
    [InlineData("ML", 44)]
    [InlineData("NE", 29)]
    [InlineData("bf", 27)]
    [InlineData("TD", 7)]
    [InlineData("MR", 2)]
    [InlineData("NG", 0)]
    public async Task TheCountryFilterKeepsThatCountryOnly(string code, int expected)
    {
        var page = await queries.ListAsync(new IncidentFilter { CountryCode = code }, 0, 100);
        Assert.Equal(expected, page.Total);
        Assert.All(page.Items, i => Assert.Equal(code.ToUpperInvariant(), i.Country.Code));
    }

    [Fact]
    public async Task SinceAndUntilIncludeTheirBoundaryDays()
    {
        var items = await AllAsync(new IncidentFilter { Since = new DateOnly(2019, 12, 10), Until = new DateOnly(2019, 12, 24) });
        Assert.Equal(["inc-051", "inc-001", "inc-009"], items.Select(i => i.Id));
    }

    [Fact]
    public async Task SinceTheDayAfterExcludesTheBoundary()
    {
        var items = await AllAsync(new IncidentFilter { Since = new DateOnly(2019, 12, 11), Until = new DateOnly(2019, 12, 23) });
        Assert.Empty(items);
    }

    [Fact]
    public async Task TheGroupFilterMatchesAPerpetrator()
    {
        var items = await AllAsync(new IncidentFilter { GroupId = "grp-017" });
        Assert.Equal(3, items.Count);
        Assert.All(items, i => Assert.Contains(i.Perpetrators, g => g.Id == "grp-017"));
    }

    [Fact]
    public async Task TheGroupFilterMatchesAClaimant()
    {
        // ISWAP is only ever a claimant in the data (claims in its name for attacks in Niger).
        var items = await AllAsync(new IncidentFilter { GroupId = "grp-010" });
        Assert.Equal(10, items.Count);
        Assert.Contains(items, i => i.Id == "inc-001");
        Assert.All(items, i => Assert.Contains(i.Claimants, g => g.Id == "grp-010"));
        Assert.All(items, i => Assert.DoesNotContain(i.Perpetrators, g => g.Id == "grp-010"));
    }

    [Fact]
    public async Task MinDeathsComparesWithTheHighestReportedToll()
    {
        var items = await AllAsync(new IncidentFilter { MinDeaths = 100 });
        Assert.Equal(20, items.Count);
        Assert.All(items, i => Assert.True((i.Fatalities.Max ?? i.Fatalities.Min) >= 100));
        // Near Sanam: 14–16 dead, so the range's top counts.
        var sanam = await AllAsync(new IncidentFilter { MinDeaths = 16, Since = new DateOnly(2019, 12, 25), Until = new DateOnly(2019, 12, 25) });
        Assert.Equal(["inc-052"], sanam.Select(i => i.Id));
    }

    [Fact]
    public async Task TheKindFilterKeepsThatKind()
    {
        var coups = await AllAsync(new IncidentFilter { Kind = "coup" });
        var massacres = await AllAsync(new IncidentFilter { Kind = "Massacre" });
        Assert.Equal(9, coups.Count);
        Assert.Equal(19, massacres.Count);
        Assert.All(coups, i => Assert.Equal("coup", i.Kind));
    }

    [Theory]
    [InlineData("Inates")]
    [InlineData("In Ates")]
    [InlineData("inatès")]
    [InlineData("INATES")]
    public async Task ThePlaceFilterMatchesThePlaceOrAnAliasIgnoringCaseAndAccents(string place)
    {
        var items = await AllAsync(new IncidentFilter { Place = place });
        Assert.Equal(["inc-001", "inc-003"], items.Select(i => i.Id));
    }

    [Fact]
    public async Task ThePlaceFilterMatchesWholeWordsOfLongerPlaces()
    {
        var kati = await AllAsync(new IncidentFilter { Place = "Kati" });
        Assert.NotEmpty(kati);
        Assert.All(kati, i => Assert.Contains("Kati", i.Place, StringComparison.Ordinal));
        Assert.Empty(await AllAsync(new IncidentFilter { Place = "Inat" }));
    }

    [Fact]
    public async Task FiltersCombine()
    {
        var items = await AllAsync(new IncidentFilter { CountryCode = "NE", GroupId = "grp-002", Since = new DateOnly(2019, 1, 1), Until = new DateOnly(2019, 12, 31) });
        Assert.Contains(items, i => i.Id == "inc-001");
        Assert.All(items, i => Assert.Equal("NE", i.Country.Code));
    }

    [Fact]
    public async Task PagesSplitTheListAndReportTheTotal()
    {
        var filter = new IncidentFilter { CountryCode = "ML" };
        var first = await queries.ListAsync(filter, 0, 10);
        var fifth = await queries.ListAsync(filter, 4, 10);
        var beyond = await queries.ListAsync(filter, 9, 10);
        var all = await queries.ListAsync(filter, 0, 100);

        Assert.Equal(44, first.Total);
        Assert.Equal(5, first.PageCount);
        Assert.Equal(10, first.Items.Count);
        Assert.Equal(all.Items.Take(10).Select(i => i.Id), first.Items.Select(i => i.Id));
        Assert.Equal(all.Items.Skip(40).Select(i => i.Id), fifth.Items.Select(i => i.Id));
        Assert.Equal(4, fifth.Items.Count);
        Assert.Empty(beyond.Items);
        Assert.Equal(44, beyond.Total);
    }

    [Fact]
    public async Task AGuildsOwnIncidentIsVisibleOnlyInThatGuild()
    {
        var store = fixture.CopyTo(temp);
        await TestFacts.AddIncidentAsync(store, "inc-g01", "2025-08-01", "Testville", GuildA);
        var on = new IncidentQueries(store);

        Assert.Contains(await AllAsync(new IncidentFilter { GuildId = GuildA }, on), i => i.Id == "inc-g01");
        Assert.DoesNotContain(await AllAsync(new IncidentFilter { GuildId = GuildB }, on), i => i.Id == "inc-g01");
        Assert.DoesNotContain(await AllAsync(new IncidentFilter(), on), i => i.Id == "inc-g01");
        Assert.Equal(110, (await on.ListAsync(new IncidentFilter { GuildId = GuildA }, 0, 1)).Total);
        Assert.Equal(109, (await on.ListAsync(new IncidentFilter { GuildId = GuildB }, 0, 1)).Total);
        Assert.NotNull(await on.GetAsync("inc-g01", GuildA));
        Assert.Null(await on.GetAsync("inc-g01", GuildB));
        Assert.Null(await on.GetAsync("inc-g01"));
        Assert.Equal(GuildA, (await on.GetAsync("inc-g01", GuildA))!.Provenance.GuildId);
    }

    [Fact]
    public async Task ARetractedIncidentIsHiddenFromListsAndSuggestionsButGetStillReturnsIt()
    {
        var store = fixture.CopyTo(temp);
        await TestFacts.RetractAsync(store, "incidents", "inc-003", "duplicate of a later report");
        var on = new IncidentQueries(store);

        Assert.Equal(["inc-001"], (await AllAsync(new IncidentFilter { Place = "Inates" }, on)).Select(i => i.Id));
        Assert.Equal(108, (await on.ListAsync(new IncidentFilter(), 0, 1)).Total);
        Assert.DoesNotContain(await on.SuggestAsync("inates", 10), i => i.Id == "inc-003");
        var detail = await on.GetAsync("inc-003");
        Assert.NotNull(detail);
        Assert.Equal(new DateTimeOffset(2025, 8, 2, 10, 0, 0, TimeSpan.Zero), detail.RetractedAt);
        Assert.Equal("duplicate of a later report", detail.RetractedReason);
        Assert.Equal(2, detail.Version);
    }

    [Fact]
    public async Task GetReturnsTheFullDetailWithProvenance()
    {
        var detail = await queries.GetAsync("INC-001");
        Assert.NotNull(detail);
        Assert.Equal("inc-001", detail.Summary.Id);
        Assert.Equal("military", detail.Target);
        Assert.Equal(DatePrecision.Day, detail.Summary.DatePrecision);
        Assert.Equal("Tillabéri", detail.Summary.Admin1);
        Assert.Equal(new Provenance("curated", "curated-data", new DateTimeOffset(2025, 7, 2, 0, 0, 0, TimeSpan.Zero), null), detail.Provenance);
        Assert.Null(detail.RetractedAt);
        Assert.Equal(1, detail.Version);
        Assert.Null(await queries.GetAsync("inc-999"));
    }

    [Fact]
    public async Task AMonthPreciseDateKeepsItsPrecision()
    {
        var mauritania = await AllAsync(new IncidentFilter { CountryCode = "MR" });
        var monthly = Assert.Single(mauritania, i => i.DatePrecision == DatePrecision.Month);
        Assert.Equal(new DateOnly(2024, 4, 1), monthly.Date);
    }

    [Fact]
    public async Task RangesKeepBothEnds()
    {
        var sanam = await queries.GetAsync("inc-052");
        Assert.NotNull(sanam);
        Assert.Equal((14, 16), (sanam.Summary.Fatalities.Min, sanam.Summary.Fatalities.Max));
        Assert.True(sanam.Summary.Fatalities.IsRange);
    }

    [Fact]
    public async Task SuggestFindsByIdPrefixPlaceAliasAndCountryNewestFirst()
    {
        var byId = await queries.SuggestAsync("inc-00", 20);
        var byAlias = await queries.SuggestAsync("in ates", 5);
        var byCountry = await queries.SuggestAsync("Mauritanie", 5);
        var newest = await queries.SuggestAsync("", 3);

        Assert.Equal(9, byId.Count);
        Assert.All(byId, i => Assert.StartsWith("inc-00", i.Id, StringComparison.Ordinal));
        Assert.Equal(["inc-001", "inc-003"], byAlias.Select(i => i.Id));
        Assert.Equal(2, byCountry.Count);
        Assert.All(byCountry, i => Assert.Equal("MR", i.Country.Code));
        Assert.Equal("inc-109", newest[0].Id);
        Assert.Equal(3, newest.Count);
    }

    [Fact]
    public async Task SuggestTreatsLikeWildcardsAsText()
    {
        Assert.Empty(await queries.SuggestAsync("inc%", 5));
        Assert.Empty(await queries.SuggestAsync("inc_0", 5));
    }

    [Theory]
    [InlineData("In Ates", "Inates")]
    [InlineData("inatès", "Inates")]
    [InlineData("Inates", "Inates")]
    [InlineData("Boulikessi", "Boulkessi")]
    [InlineData("Ndjamena", "N'Djamena (police headquarters and police academy)")]
    [InlineData("Timbuktu-nowhere", null)]
    public async Task ResolvePlaceGivesTheCanonicalName(string text, string? expected)
    {
        Assert.Equal(expected, await queries.ResolvePlaceAsync(text));
    }

    [Fact]
    public async Task SummariesAreWhatGetSaysOfEachIdThisServerMaySee()
    {
        var store = fixture.CopyTo(temp);
        await TestFacts.AddIncidentAsync(store, "inc-ga1", "2025-08-01", "Testville", GuildA);
        await TestFacts.RetractAsync(store, "incidents", "inc-004", "test");
        var queries = new IncidentQueries(store);

        var summaries = await queries.SummariesAsync(["inc-001", "INC-004", "inc-ga1", "inc-none"], GuildB);

        Assert.Equal(["inc-001", "inc-004"], summaries.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, summary) in summaries)
        {
            Assert.Equivalent((await queries.GetAsync(id, GuildB))!.Summary, summary, strict: true);
        }

        Assert.Contains("inc-ga1", (await queries.SummariesAsync(["inc-ga1"], GuildA)).Keys);
        Assert.Empty(await queries.SummariesAsync([]));
    }
}
