using SahelBot.Facts.Queries;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Queries;

public sealed class CountryQueriesTests(CuratedStoreFixture fixture) : IClassFixture<CuratedStoreFixture>
{
    private readonly CountryQueries queries = new(fixture.Store);

    [Theory]
    [InlineData("niger", "NE")]
    [InlineData("Niger", "NE")]
    [InlineData("NE", "NE")]
    [InlineData("NER", "NE")]
    [InlineData("nigérien", "NE")]
    [InlineData("Nigérienne", "NE")]
    [InlineData("nigerien", "NE")]
    [InlineData("Nigerien", "NE")]
    [InlineData("nigeria", "NG")]
    [InlineData("Nigéria", "NG")]
    [InlineData("nigerian", "NG")]
    [InlineData("NGA", "NG")]
    [InlineData("Tchad", "TD")]
    [InlineData("chad", "TD")]
    [InlineData("tchadienne", "TD")]
    [InlineData("burkina", "BF")]
    [InlineData("Burkina-Faso", "BF")]
    [InlineData("burkina faso", "BF")]
    [InlineData("Burkinabè", "BF")]
    [InlineData("burkinabe", "BF")]
    [InlineData("mali", "ML")]
    [InlineData("MLI", "ML")]
    [InlineData("malienne", "ML")]
    [InlineData("Mauritanie", "MR")]
    [InlineData("mauritanien", "MR")]
    [InlineData("Côte d'Ivoire", "CI")]
    [InlineData("cote divoire", "CI")]
    [InlineData("COTE D’IVOIRE", "CI")]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("États-Unis", "US")]
    [InlineData("algérien", "DZ")]
    [InlineData("  MALI  ", "ML")]
    [InlineData("Mauri", "MR")]
    [InlineData("narnia", null)]
    [InlineData("", null)]
    public async Task FindResolvesNamesCodesDemonymsAndAliases(string text, string? code)
    {
        var country = await queries.FindAsync(text);
        Assert.Equal(code, country?.Code);
    }

    [Fact]
    public async Task FindGivesBothLanguagesAndTheFrenchDemonyms()
    {
        var chad = await queries.FindAsync("Tchad");
        Assert.NotNull(chad);
        Assert.Equal(("Chad", "Tchad", "TCD", "Chadian"), (chad.NameEn, chad.NameFr, chad.Iso3, chad.DemonymEn));
        Assert.Equal(["tchadien", "tchadienne"], chad.DemonymsFr);
        Assert.True(chad.IsSahel);
        Assert.Equal("Tchad", chad.Name(french: true));
        Assert.Equal("Chad", chad.Name(french: false));
    }

    [Fact]
    public async Task AnEmptySuggestionGivesTheFiveSahelCountries()
    {
        var suggestions = await queries.SuggestAsync("", 10);
        Assert.Equal(["BF", "TD", "ML", "MR", "NE"], suggestions.Select(c => c.Code));
    }

    [Fact]
    public async Task SuggestPutsPrefixMatchesFirstAndTheSahelFirstAmongThem()
    {
        var suggestions = await queries.SuggestAsync("nig", 5);
        Assert.Equal(["NE", "NG"], suggestions.Take(2).Select(c => c.Code));
    }

    [Fact]
    public async Task SuggestCanOrderPurelyByName()
    {
        var suggestions = await queries.SuggestAsync("nig", 5, sahelFirst: false);
        Assert.Equal(["NE", "NG"], suggestions.Take(2).Select(c => c.Code));
        var m = await queries.SuggestAsync("ma", 5, sahelFirst: false);
        Assert.Equal(["ML", "MR"], m.Take(2).Select(c => c.Code));
    }

    [Fact]
    public async Task SuggestFindsContainedNamesAfterPrefixes()
    {
        var suggestions = await queries.SuggestAsync("faso", 5);
        Assert.Equal("BF", suggestions[0].Code);
    }

    [Theory]
    [InlineData("Mauritnia", "MR")]
    [InlineData("Burkna", "BF")]
    [InlineData("Tchd", "TD")]
    public async Task SuggestToleratesASmallTypo(string text, string code)
    {
        var suggestions = await queries.SuggestAsync(text, 5);
        Assert.Contains(suggestions, c => c.Code == code);
    }

    [Fact]
    public async Task SuggestHonoursTheLimit()
    {
        Assert.Equal(2, (await queries.SuggestAsync("", 2)).Count);
        Assert.Empty(await queries.SuggestAsync("a", 0));
    }

    [Fact]
    public async Task AllListsEveryCountryWithTheSahelFirst()
    {
        var all = await queries.AllAsync();
        Assert.Equal(35, all.Count);
        Assert.All(all.Take(5), c => Assert.True(c.IsSahel));
        Assert.All(all.Skip(5), c => Assert.False(c.IsSahel));
    }
}
