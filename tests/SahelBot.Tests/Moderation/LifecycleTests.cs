using SahelBot.Facts.Queries;
using static SahelBot.Tests.Features.ReplyAssertions;

namespace SahelBot.Tests.Moderation;

public sealed class LifecycleTests : IDisposable
{
    private const string Source = "https://example.org/correction";
    private readonly ModerationBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task ARetractionLeavesAttacksTotalsAndAskAndARestoreBringsItBack()
    {
        var stats = _bot.Get<StatsQueries>();
        var attacksBefore = AllText(Answered(await _bot.RunAsync("/attacks niger")));
        var totalBefore = (await stats.GetAsync(ModerationBot.CuratorGuild)).Incidents;
        Assert.Contains("inc-001", AllText(Answered(await _bot.RunAsync("/ask who claimed the Inates attack?"))), StringComparison.Ordinal);

        var receipt = AllText(Answered(await _bot.RunAsync("/fact retract inc-001 \"double count of inc-009\"")));
        var attacks = AllText(Answered(await _bot.RunAsync("/attacks niger since:2019-12 until:2019-12")));
        var ask = AllText(Answered(await _bot.RunAsync("/ask who claimed the Inates attack?")));
        var card = AllText(Answered(await _bot.RunAsync("/incident inc-001")));
        var totalRetracted = (await stats.GetAsync(ModerationBot.CuratorGuild)).Incidents;

        Answered(await _bot.RunAsync("/fact restore inc-001"));

        Assert.Contains("Retracted inc-001", receipt, StringComparison.Ordinal);
        Assert.DoesNotContain("`inc-001`", attacks, StringComparison.Ordinal);
        Assert.DoesNotContain("inc-001", ask, StringComparison.Ordinal);
        Assert.Contains("double count of inc-009", card, StringComparison.Ordinal);
        Assert.Equal(totalBefore - 1, totalRetracted);
        Assert.Equal(totalBefore, (await stats.GetAsync(ModerationBot.CuratorGuild)).Incidents);
        Assert.Equal(attacksBefore, AllText(Answered(await _bot.RunAsync("/attacks niger"))));
        Assert.Contains("inc-001", AllText(Answered(await _bot.RunAsync("/ask who claimed the Inates attack?"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditShowsTheNewFigureAndBothValuesInTheHistory()
    {
        var reply = AllText(Answered(await _bot.RunAsync($"/fact edit inc-001 deaths_min 72 source_url:{Source} version:1")));
        var history = AllText(Answered(await _bot.RunAsync("/fact history inc-001")));

        Assert.Contains("Updated inc-001, now version 2", reply, StringComparison.Ordinal);
        Assert.Contains("otal: 72", reply, StringComparison.Ordinal);
        Assert.Contains("`deaths_min`: 71 → 72", history, StringComparison.Ordinal);
        Assert.Contains("corrected · v2", history, StringComparison.Ordinal);
        Assert.Contains($"Source: {Source}", history.Replace("\\", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondEditNamingAnOldVersionIsRefusedWithAMessage()
    {
        Answered(await _bot.RunAsync($"/fact edit inc-001 deaths_min 72 source_url:{Source} version:1"));
        var before = _bot.Dump();

        var refusal = Refusal(await _bot.RunAsync($"/fact edit inc-001 deaths_min 75 source_url:{Source} version:1"));

        Assert.Contains("changed by someone else", refusal, StringComparison.Ordinal);
        Assert.Contains("version 2", refusal, StringComparison.Ordinal);
        Assert.Equal(before, _bot.Dump());
    }

    [Theory]
    [InlineData("/fact edit inc-001 deaths_max -5 source_url:https://example.org/a", "cannot be negative")]
    [InlineData("/fact edit inc-001 deaths_max 80 source_url:javascript:alert(1)", "http:// or https://")]
    [InlineData("/fact edit inc-001 founded 2015 source_url:https://example.org/a", "does not apply")]
    [InlineData("/fact edit inc-999 deaths_max 80 source_url:https://example.org/a", "No incident, group or deployment")]
    [InlineData("/fact source inc-999 url:https://example.org/a", "No incident, group or deployment")]
    [InlineData("/fact add strength dep-999 2021 10 source_url:https://example.org/a", "No incident, group or deployment")]
    [InlineData("/fact history inc-999", "No incident, group or deployment")]
    [InlineData("/fact add group \"Katiba Test\" source_url:https://example.org/a countries:atlantis", "Unknown country")]
    public async Task InvalidCorrectionsAndUnknownIdsAreRefusedAndNothingIsWritten(string command, string expected)
    {
        var before = _bot.Dump();

        Assert.Contains(expected, Refusal(await _bot.RunAsync(command)), StringComparison.Ordinal);
        Assert.Equal(before, _bot.Dump());
    }

    [Fact]
    public async Task ARetractionReasonOverItsLimitIsRefused()
    {
        Assert.Contains("too long", Refusal(await _bot.RunAsync($"/fact retract inc-001 \"{new string('x', 501)}\"")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASourceIsAddedToAnIncidentAndShownNumbered()
    {
        var reply = AllText(Answered(await _bot.RunAsync($"/fact source inc-001 url:{Source}")));

        Assert.Contains("Source added to inc-001.", reply, StringComparison.Ordinal);
        Assert.Contains($"12. [", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGroupIsAddedAndFoundByGroup()
    {
        var reply = AllText(Answered(await _bot.RunAsync($"/fact add group \"Katiba Test\" source_url:{Source} aliases:KT affiliation:al-Qaeda countries:mali,niger founded:2020 summary:\"A test group.\"")));
        var shown = AllText(Answered(await _bot.RunAsync("/group katiba test")));

        Assert.Contains("Stored grp-022 (version 1)", reply, StringComparison.Ordinal);
        Assert.Contains("Katiba Test", shown, StringComparison.Ordinal);
        Assert.Contains("Mali, Niger", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATroopFigureIsAddedAndShownByDeployments()
    {
        var reply = AllText(Answered(await _bot.RunAsync($"/fact add strength dep-002 2022-09 5100 source_url:{Source}")));
        var shown = AllText(Answered(await _bot.RunAsync("/deployments mali as_of:2022-10")));

        Assert.Contains("5,100 as of 2022-09", reply, StringComparison.Ordinal);
        Assert.Contains("5,100", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHistoryOfAnUnchangedCuratedFactSaysSo()
    {
        Assert.Contains("No change since", AllText(Answered(await _bot.RunAsync("/fact history inc-002"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdoptionByAServerThatIsNotACuratorIsRefused()
    {
        Assert.Contains("curator", Refusal(await _bot.RunAsync("/fact adopt inc-001", ModerationBot.OtherGuild)), StringComparison.Ordinal);
    }
}
