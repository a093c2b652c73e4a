using SahelBot.Tests.Support;
using static SahelBot.Tests.Features.ReplyAssertions;

namespace SahelBot.Tests.Features;

public sealed class OtherCommandsTests : IDisposable
{
    private readonly BotUnderTest _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task IncidentShowsClaimantsApartFromPerpetratorsAndNumbersEverySource()
    {
        var response = Answered(await _bot.RunAsync("/incident inc-001"));
        var card = response.Data!.Embeds![0];
        var sources = response.Data.Embeds[1];

        Assert.Contains("ISGS", card.Fields!.Single(f => f.Name == "Attributed to").Value, StringComparison.Ordinal);
        Assert.Contains("ISWAP", card.Fields!.Single(f => f.Name == "Claimed by").Value, StringComparison.Ordinal);
        Assert.Contains("military: 71", card.Fields!.Single(f => f.Name.StartsWith("Deaths", StringComparison.Ordinal)).Value, StringComparison.Ordinal);
        Assert.Contains("11. ", sources.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisagreeingSourcesShowAsARange()
    {
        var response = Answered(await _bot.RunAsync("/incident inc-004"));

        Assert.Contains("8–9 (sources disagree)", AllText(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IncidentInFrenchUsesFrenchLabels()
    {
        var response = Answered(await _bot.RunAsync("/incident inc-001", "fr"));

        Assert.Contains(response.Data!.Embeds![0].Fields!, f => f.Name == "Revendiqué par");
        Assert.Contains("déc. 2019", AllText(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownIncidentIdIsRefusedPrivately()
    {
        Assert.Contains("inc-999", Refusal(await _bot.RunAsync("/incident inc-999")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupShowsAliasesLeadersAndRecentIncidents()
    {
        var response = Answered(await _bot.RunAsync("/group gsim"));
        var text = AllText(response);

        Assert.Contains("Jama'at Nusrat al-Islam wal-Muslimin", response.Data!.Embeds![0].Title, StringComparison.Ordinal);
        Assert.Contains("Iyad Ag Ghaly", text, StringComparison.Ordinal);
        Assert.Contains("inc-", response.Data.Embeds[0].Fields!.Single(f => f.Name.StartsWith("Recent", StringComparison.Ordinal)).Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeploymentsAsOfADateListOnlyForcesPresentThen()
    {
        var in2015 = AllText(Answered(await _bot.RunAsync("/deployments mali as_of:2015")));
        var in2025 = AllText(Answered(await _bot.RunAsync("/deployments mali as_of:2025-07")));

        Assert.Contains("MINUSMA", in2015, StringComparison.Ordinal);
        Assert.DoesNotContain("MINUSMA", in2025, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskFindsTheInatesClaimWithCitations()
    {
        var response = Answered(await _bot.RunAsync("/ask who claimed the Inates attack?"));
        var first = response.Data!.Embeds![0].Fields![0];

        Assert.Contains("inc-001", first.Value, StringComparison.Ordinal);
        Assert.Matches(@"\[\d+\]\(https?://", first.Value);
    }

    [Fact]
    public async Task AskWithSearchSyntaxInItStillAnswers()
    {
        Answered(await _bot.RunAsync("/ask \"NEAR(inates* OR) :col\""));
    }

    [Fact]
    public async Task AboutGivesCountsAndCoveragePerCountry()
    {
        var text = AllText(Answered(await _bot.RunAsync("/about")));

        Assert.Contains("incidents", text, StringComparison.Ordinal);
        Assert.Contains("Mauritania", text, StringComparison.Ordinal);
    }
}
