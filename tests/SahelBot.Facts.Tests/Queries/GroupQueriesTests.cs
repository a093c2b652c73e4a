using SahelBot.Facts.Queries;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Queries;

public sealed class GroupQueriesTests(CuratedStoreFixture fixture) : IClassFixture<CuratedStoreFixture>, IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly GroupQueries queries = new(fixture.Store);

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("JNIM", "grp-001")]
    [InlineData("jnim", "grp-001")]
    [InlineData("GSIM", "grp-001")]
    [InlineData("Jama'at Nusrat al-Islam wal-Muslimin", "grp-001")]
    [InlineData("jamaat nusrat", "grp-001")]
    [InlineData("ISGS", "grp-002")]
    [InlineData("EIGS", "grp-002")]
    [InlineData("état islamique dans le grand sahara", "grp-002")]
    [InlineData("Islamic State", "grp-002")]
    [InlineData("islamic state west africa", "grp-010")]
    [InlineData("ISWAP", "grp-010")]
    [InlineData("AQIM", "grp-003")]
    [InlineData("AQMI", "grp-003")]
    [InlineData("Al-Qaïda au Maghreb islamique", "grp-003")]
    [InlineData("grp-017", "GRP-017")]
    [InlineData("wagner", "grp-017")]
    [InlineData("Macina", "grp-007")]
    [InlineData("boko haram", "grp-009")]
    [InlineData("no such group", null)]
    public async Task FindResolvesIdsNamesAndAliases(string text, string? expected)
    {
        var group = await queries.FindAsync(text);
        Assert.Equal(expected?.ToLowerInvariant(), group?.Id);
    }

    [Fact]
    public async Task FindReturnsTheWholeRecord()
    {
        var jnim = await queries.FindAsync("JNIM");
        Assert.NotNull(jnim);
        Assert.Equal("Jama'at Nusrat al-Islam wal-Muslimin", jnim.Name);
        Assert.Equal("al-Qaeda", jnim.Affiliation);
        Assert.Equal("2017-03-02", jnim.Founded);
        Assert.Equal(["ML", "BF", "NE", "BJ", "TG"], jnim.Countries.Select(c => c.Code));
        Assert.Equal("Iyad Ag Ghaly", jnim.Leaders[0].Name);
        Assert.Equal("emir", jnim.Leaders[0].Role);
        Assert.Null(jnim.Leaders[0].To);
        Assert.Equal(7, jnim.Sources.Count);
        Assert.Equal(new Model.GroupRef("grp-001", "Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"), jnim.ToRef());
        Assert.Equal("curated", jnim.Provenance.Origin);
    }

    [Fact]
    public async Task AGroupWithoutAShortAliasHasNoShortName()
    {
        var wagner = await queries.FindAsync("Wagner Group");
        Assert.NotNull(wagner);
        Assert.Null(wagner.ToRef().ShortName);
    }

    [Fact]
    public async Task SuggestRanksExactThenPrefixThenWordMatches()
    {
        var suggestions = await queries.SuggestAsync("islamic state", 5);
        Assert.Equal(["grp-002", "grp-010"], suggestions.Take(2).Select(g => g.Id));
        var ansar = await queries.SuggestAsync("ansar", 5);
        Assert.Equal(["grp-004", "grp-008"], ansar.Select(g => g.Id).Order());
    }

    [Fact]
    public async Task AnEmptySuggestionListsGroupsByName()
    {
        var suggestions = await queries.SuggestAsync("", 25);
        Assert.Equal(21, suggestions.Count);
        Assert.Equal(suggestions.Select(g => g.Name).Order(StringComparer.OrdinalIgnoreCase), suggestions.Select(g => g.Name));
    }

    [Fact]
    public async Task RecentIncidentsListTheGroupsNewestIncidentsAsPerpetratorOrClaimant()
    {
        var recent = await queries.RecentIncidentsAsync("grp-010", 3);
        Assert.Equal(3, recent.Count);
        Assert.True(recent[0].Date >= recent[1].Date && recent[1].Date >= recent[2].Date);
        Assert.All(recent, i => Assert.Contains(i.Claimants, g => g.Id == "grp-010"));
    }

    [Fact]
    public async Task ARetractedGroupIsNotFound()
    {
        var store = fixture.CopyTo(temp);
        await TestFacts.RetractAsync(store, "groups", "grp-015", "merged");
        var on = new GroupQueries(store);
        Assert.Null(await on.FindAsync("Koglweogo"));
        Assert.DoesNotContain(await on.SuggestAsync("kog", 5), g => g.Id == "grp-015");
    }
}
