using SahelBot.Facts.Queries;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Queries;

public sealed class FactSearchTests(CuratedStoreFixture fixture) : IClassFixture<CuratedStoreFixture>, IDisposable
{
    private const ulong Guild = 1_200_000_000_000_000_001UL;
    private readonly TempDirectory temp = new();
    private readonly FactSearch search = new(fixture.Store);

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task WhoClaimedTheInatesAttackRanksTheDecember2019RaidFirst()
    {
        var hits = await search.SearchAsync("who claimed the Inates attack?", 5);
        Assert.Equal(("incident", "inc-001"), (hits[0].Kind, hits[0].Id));
        Assert.Contains(hits, h => h.Id == "inc-003");
        Assert.Equal("Inates (Niger, 2019-12-10)", hits[0].Title);
        Assert.False(string.IsNullOrWhiteSpace(hits[0].Snippet));
        Assert.True(hits[0].Score > 0);
        Assert.True(hits[0].Score >= hits[1].Score);
    }

    [Fact]
    public async Task TheFrenchQuestionFindsTheInatesAttack()
    {
        var hits = await search.SearchAsync("qui a revendiqué l'attaque d'Inates", 5);
        Assert.Equal("inc-001", hits[0].Id);
    }

    [Fact]
    public async Task GroupsAndDeploymentsAreSearchedToo()
    {
        var jnim = await search.SearchAsync("JNIM", 10);
        var minusma = await search.SearchAsync("MINUSMA", 10);
        Assert.Contains(jnim, h => h is { Kind: "group", Id: "grp-001" });
        Assert.Equal(("deployment", "dep-004"), (minusma[0].Kind, minusma[0].Id));
    }

    [Fact]
    public async Task AccentsDoNotMatter()
    {
        var plain = await search.SearchAsync("Chinegodar", 3);
        var accented = await search.SearchAsync("Chinégodar", 3);
        Assert.Equal("inc-053", plain[0].Id);
        Assert.Equal(plain.Select(h => h.Id), accented.Select(h => h.Id));
    }

    [Theory]
    [InlineData("\"Inates")]
    [InlineData("Inates\" OR \"")]
    [InlineData("Inates*")]
    [InlineData("NEAR(Inates attack)")]
    [InlineData("title:Inates")]
    [InlineData("(Inates) AND -attack ^")]
    [InlineData("Inates NOT attack")]
    [InlineData("{title body}: Inates")]
    [InlineData("'; DROP TABLE incidents; --")]
    public async Task FtsSyntaxInTheQuestionIsTreatedAsWords(string question)
    {
        var hits = await search.SearchAsync(question, 5);
        Assert.NotNull(hits);
        if (question.Contains("Inates", StringComparison.Ordinal))
        {
            Assert.Contains(hits, h => h.Id is "inc-001" or "inc-003");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("who what the")]
    [InlineData("qui le la")]
    [InlineData("*** ((( ::: \"\"\"")]
    public async Task AQuestionWithoutContentWordsFindsNothing(string question)
    {
        Assert.Empty(await search.SearchAsync(question, 5));
    }

    [Fact]
    public async Task TheLimitIsHonoured()
    {
        Assert.Equal(3, (await search.SearchAsync("attack Mali", 3)).Count);
    }

    [Fact]
    public async Task RetractedAndOtherGuildsFactsAreNotFound()
    {
        var store = fixture.CopyTo(temp);
        await TestFacts.AddIncidentAsync(store, "inc-g10", "2025-08-01", "Zorglubville", Guild, summary: "Zorglub raid on a test post.");
        await TestFacts.RetractAsync(store, "incidents", "inc-053", "test");
        var on = new FactSearch(store);

        Assert.Contains(await on.SearchAsync("Zorglubville", 5, Guild), h => h.Id == "inc-g10");
        Assert.Empty(await on.SearchAsync("Zorglubville", 5));
        Assert.Empty(await on.SearchAsync("Zorglubville", 5, Guild + 1));
        Assert.DoesNotContain(await on.SearchAsync("Chinégodar", 5), h => h.Id == "inc-053");
    }

    [Fact]
    public async Task APublishedFactRankedBelowManyHiddenOnesIsStillFound()
    {
        // Eighty incidents of another server name the word in their place (ranked 4× higher) and would fill a
        // small first window of candidates; the published one only in its summary.
        var store = fixture.CopyTo(temp);
        for (var n = 0; n < 80; n++)
        {
            await TestFacts.AddIncidentAsync(store, $"inc-h{n:D2}", "2025-08-01", "Quizzleton", Guild, summary: "Quizzleton post attacked.");
        }

        await TestFacts.AddIncidentAsync(store, "inc-p01", "2025-08-02", "Elsewhere", summary: "Raid south of Quizzleton.");

        var hits = await new FactSearch(store).SearchAsync("Quizzleton", 5);

        Assert.Equal("inc-p01", Assert.Single(hits).Id);
        Assert.Contains("Quizzleton", hits[0].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachHitsSnippetComesFromThePassThatFoundIt()
    {
        // Two Inates incidents hold both words; the rest come from the any-word pass, which quotes either word.
        var hits = await search.SearchAsync("Inates suicide", 6);

        Assert.All(hits, h => Assert.True(
            h.Snippet.Contains("Inates", StringComparison.OrdinalIgnoreCase) || h.Snippet.Contains("suicide", StringComparison.OrdinalIgnoreCase) || h.Title.Contains("Inates", StringComparison.Ordinal),
            $"{h.Id}: {h.Snippet}"));
    }

    [Fact]
    public void TokensDropStopWordsAndQuoteEachWord()
    {
        var tokens = SearchTerms.Tokens("Who claimed the Inates attack? Qui a revendiqué l'attaque d'Inates");
        Assert.Equal(["claimed", "inates", "attack", "revendique", "attaque"], tokens);
        Assert.Equal("\"claimed\" OR \"inates\"", SearchTerms.ToMatchExpression(["claimed", "inates"]));
        Assert.Equal("\"claimed\" \"inates\"", SearchTerms.ToAllTermsExpression(["claimed", "inates"]));
    }

    [Fact]
    public async Task FactsWithEveryWordComeBeforeFactsWithSome()
    {
        // Only the two Inates incidents mention both Inates and a suicide vehicle; many more mention one or the other.
        var hits = await search.SearchAsync("Inates suicide", 10);
        Assert.Equal(["inc-001", "inc-003"], hits.Take(2).Select(h => h.Id).Order());
        Assert.Equal(10, hits.Count);
    }

    [Fact]
    public async Task ASnippetQuotesTheSummaryAroundTheMatch()
    {
        var hits = await search.SearchAsync("Chinégodar", 1);
        Assert.Contains("Chinégodar", hits[0].Snippet, StringComparison.Ordinal);
    }
}
