using SahelBot.Discord.Models;
using SahelBot.Tests.Support;
using static SahelBot.Tests.Features.ReplyAssertions;

namespace SahelBot.Tests.Features;

public sealed class AttacksCommandTests : IDisposable
{
    private readonly BotUnderTest _bot = new();

    public void Dispose() => _bot.Dispose();

    private static string? NextId(InteractionResponse response) =>
        response.Data!.Components?.SelectMany(r => r.Components ?? []).LastOrDefault(c => c.Disabled != true)?.CustomId;

    [Fact]
    public async Task NigerIn2019ShowsTheInatesAttackWithItsDeathTollAndSourceLinks()
    {
        var response = Answered(await _bot.RunAsync("/attacks niger since:2019-12 until:2019-12"));
        var text = AllText(response);

        Assert.Contains("Inates", text, StringComparison.Ordinal);
        Assert.Contains("71", text, StringComparison.Ordinal);
        Assert.Matches(@"\[1\]\(https?://", text);
        Assert.Contains("inc-001", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstPageNamesTheDeadliestIncidentsSoInatesShowsForAllOfNiger()
    {
        var response = Answered(await _bot.RunAsync("/attacks niger"));
        var description = response.Data!.Embeds![0].Description!;

        Assert.Contains("Deadliest reported in this selection", description, StringComparison.Ordinal);
        Assert.Contains("Inates · deaths: 71", description, StringComparison.Ordinal);
        Assert.Contains("`inc-001`", description, StringComparison.Ordinal);
        Assert.Matches(@"\[\d\]\(https?://", description);
    }

    [Fact]
    public async Task NewestIncidentComesFirstAndTheFooterGivesTheTotal()
    {
        var response = Answered(await _bot.RunAsync("/attacks niger"));
        var embed = response.Data!.Embeds![0];
        var dates = embed.Fields!.Select(f => f.Name).ToList();

        Assert.Equal(5, embed.Fields!.Count);
        Assert.Matches(@"\d+ incidents match", embed.Footer!.Text);
        Assert.Contains("2025", dates[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextButtonShowsTheFollowingPageAndPreviousComesBack()
    {
        var first = Answered(await _bot.RunAsync("/attacks mali"));
        var next = NextId(first);
        Assert.NotNull(next);

        var second = Answered(await _bot.RunAsync(_bot.Click(next)));
        Assert.Equal(InteractionCallbackType.UpdateMessage, second.Type);
        Assert.StartsWith("Page 2/", second.Data!.Embeds![0].Footer!.Text, StringComparison.Ordinal);
        Assert.Empty(first.Data!.Embeds![0].Fields!.Select(f => f.Name).Intersect(second.Data.Embeds[0].Fields!.Select(f => f.Name)));

        var previous = second.Data.Components![0].Components![0].CustomId!;
        var back = Answered(await _bot.RunAsync(_bot.Click(previous)));
        Assert.Equal(first.Data.Embeds[0].Fields!.Select(f => f.Name), back.Data!.Embeds![0].Fields!.Select(f => f.Name));
    }

    [Fact]
    public async Task MinDeathsDropsSmallerIncidents()
    {
        var all = Answered(await _bot.RunAsync("/attacks niger"));
        var big = Answered(await _bot.RunAsync("/attacks niger min_deaths:50"));

        Assert.True(Total(big) < Total(all));
        Assert.True(Total(big) > 0);
    }

    [Fact]
    public async Task GroupFilterKeepsOnlyThatGroupsIncidents()
    {
        var response = Answered(await _bot.RunAsync("/attacks niger group:ISGS"));

        Assert.All(response.Data!.Embeds![0].Fields!, f => Assert.Contains("IS", f.Value, StringComparison.Ordinal));
        Assert.Contains("ISGS", response.Data.Embeds[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrenchReaderGetsFrenchLabelsAndCountryName()
    {
        var response = Answered(await _bot.RunAsync("/attacks tchad", "fr"));
        var text = AllText(response);

        Assert.Contains("Tchad", response.Data!.Embeds![0].Title, StringComparison.Ordinal);
        Assert.Contains("incidents correspondent", text, StringComparison.Ordinal);
        Assert.Contains("morts", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/attacks nigr", "Niger")]
    [InlineData("/attacks atlantis", "Unknown country")]
    public async Task UnknownCountryIsRefusedPrivatelyNamingTheClosestMatches(string command, string expected)
    {
        var message = Refusal(await _bot.RunAsync(command));

        Assert.Contains("Unknown country", message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/attacks niger since:yesterday")]
    [InlineData("/attacks niger since:2020 until:2019")]
    [InlineData("/attacks niger group:nosuchgroup")]
    public async Task BadFiltersAreRefusedPrivately(string command)
    {
        Assert.NotEmpty(Refusal(await _bot.RunAsync(command)));
    }

    [Fact]
    public async Task ForgedPagerIdIsRefused()
    {
        Assert.NotEmpty(Refusal(await _bot.RunAsync(_bot.Click("attacks:zz:NE"))));
    }

    [Fact]
    public async Task CountryAutocompleteOffersTheSahelAndStaysWithinDiscordsLimit()
    {
        var response = (await _bot.RunAsync(_bot.Autocomplete("attacks", "country", ""))).Response;

        Assert.Equal(InteractionCallbackType.ApplicationCommandAutocompleteResult, response.Type);
        Assert.InRange(response.Data!.Choices!.Count, 5, 25);
        Assert.Contains(response.Data.Choices, c => c.Value.GetString() == "NE");
    }

    [Fact]
    public async Task GroupAutocompleteFindsJnimByItsAlias()
    {
        var response = (await _bot.RunAsync(_bot.Autocomplete("attacks", "group", "jn"))).Response;

        Assert.Contains(response.Data!.Choices!, c => c.Name.Contains("JNIM", StringComparison.Ordinal));
    }

    private static int Total(InteractionResponse response) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(response.Data!.Embeds![0].Footer!.Text, @"(\d+) incidents").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
}
