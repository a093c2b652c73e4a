using SahelBot.Discord.Models;
using SahelBot.Localization;
using SahelBot.Pipeline;
using static SahelBot.Tests.Features.ReplyAssertions;

namespace SahelBot.Tests.Moderation;

public sealed class AddIncidentCommandTests : IDisposable
{
    private const string AddTillia = "/fact add incident niger 2026-11-20 Tillia ambush source_url:https://example.org/tillia deaths_min:12 deaths_max:15 group:ISGS";
    private readonly ModerationBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private async Task<(Interaction Command, InteractionResponse Form)> OpenFormAsync(string text, ulong guild = ModerationBot.CuratorGuild)
    {
        var command = _bot.Command(text, guild);
        var routed = await _bot.RunAsync(command);
        Assert.False(routed.Refused, routed.Response.Data?.Content);
        return (command, routed.Response);
    }

    [Fact]
    public async Task TheFormIsTheFirstResponseWithLabelledTextInputsAndAShortCustomId()
    {
        var (_, form) = await OpenFormAsync(AddTillia);

        Assert.Equal(InteractionCallbackType.Modal, form.Type);
        Assert.InRange(form.Data!.CustomId!.Length, 1, 100);
        Assert.InRange(form.Data.Title!.Length, 1, 45);
        Assert.All(form.Data.Components!, c =>
        {
            Assert.Equal(ComponentType.Label, c.Type);
            Assert.Equal(ComponentType.TextInput, c.Child!.Type);
        });
    }

    [Fact]
    public async Task ACuratorsIncidentAppearsInAttacksWithItsSourceAndInTheHistory()
    {
        var (command, form) = await OpenFormAsync(AddTillia);

        var stored = Answered(await _bot.SubmitAsync(command, form, "summary=Gunmen ambushed a patrol near Tillia.", "sources=https://example.org/tillia-2"));
        var attacks = AllText(Answered(await _bot.RunAsync("/attacks niger")));
        var history = AllText(Answered(await _bot.RunAsync("/fact history inc-110")));

        Assert.Equal(MessageFlags.Ephemeral, stored.Data!.Flags);
        Assert.Contains("Stored inc-110 (version 1)", AllText(stored), StringComparison.Ordinal);
        Assert.Contains("Published for every server.", AllText(stored), StringComparison.Ordinal);
        Assert.Contains("Tillia", attacks, StringComparison.Ordinal);
        Assert.Contains("(https://example.org/tillia)", attacks, StringComparison.Ordinal);
        Assert.Contains("`inc-110`", attacks, StringComparison.Ordinal);
        Assert.Contains("added", history, StringComparison.Ordinal);
        Assert.Contains($"by user {ModerationBot.Moderator} in server {ModerationBot.CuratorGuild}", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherServersIncidentIsLabelledServerOnlyAndHiddenElsewhereUntilAdopted()
    {
        var (command, form) = await OpenFormAsync(AddTillia, ModerationBot.OtherGuild);
        var stored = AllText(Answered(await _bot.SubmitAsync(command, form, "summary=Gunmen ambushed a patrol near Tillia.")));
        var there = AllText(Answered(await _bot.RunAsync("/incident inc-110", ModerationBot.OtherGuild)));
        var elsewhere = await _bot.RunAsync("/incident inc-110", ModerationBot.CuratorGuild);

        Answered(await _bot.RunAsync("/fact adopt inc-110", ModerationBot.CuratorGuild));
        var adopted = AllText(Answered(await _bot.RunAsync("/incident inc-110", ModerationBot.CuratorGuild)));

        Assert.Contains(Texts.English.ServerOnlyLabel, stored, StringComparison.Ordinal);
        Assert.Contains(Texts.English.ServerOnlyLabel, there, StringComparison.Ordinal);
        Assert.True(elsewhere.Refused);
        Assert.DoesNotContain(Texts.English.ServerOnlyLabel, adopted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameEventOffersToAddTheSourcesToTheStoredOneAndDoesSoOnClick()
    {
        var (command, form) = await OpenFormAsync("/fact add incident niger 2019-12-11 Inatès attack_on_military source_url:https://example.org/inates".Replace("attack_on_military", "\"attack on military\"", StringComparison.Ordinal));
        var offer = Answered(await _bot.SubmitAsync(command, form, "summary=The Inates camp was attacked.", "sources=https://example.org/inates-2"));
        var buttons = offer.Data!.Components!.Single().Components!;

        Assert.Contains("inc-001", AllText(offer), StringComparison.Ordinal);
        Assert.Equal(0, _bot.Scalar("SELECT count(*) FROM incidents WHERE id = 'inc-110'"));
        var added = Answered(await _bot.ClickAsync(command, buttons.First(b => b.CustomId!.EndsWith(":inc-001", StringComparison.Ordinal)).CustomId!));
        var again = await _bot.ClickAsync(command, buttons.Last().CustomId!);

        Assert.Contains("Source added to inc-001.", AllText(added), StringComparison.Ordinal);
        Assert.Equal(2, _bot.Scalar("SELECT count(*) FROM incident_sources x JOIN sources s ON s.id = x.source_id WHERE x.incident_id = 'inc-001' AND s.url LIKE 'https://example.org/inates%'"));
        Assert.True(again.Refused);
        Assert.Equal(0, _bot.Scalar("SELECT count(*) FROM incidents WHERE id = 'inc-110'"));
    }

    [Fact]
    public async Task CreatingAnywayStoresANewIncident()
    {
        var (command, form) = await OpenFormAsync("/fact add incident niger 2019-12-10 Inates \"attack on military\" source_url:https://example.org/inates");
        var offer = Answered(await _bot.SubmitAsync(command, form, "summary=Another attack at Inates the same day."));

        Answered(await _bot.ClickAsync(command, offer.Data!.Components!.Single().Components!.Last().CustomId!));

        Assert.Equal(1, _bot.Scalar("SELECT count(*) FROM incidents WHERE id = 'inc-110' AND place = 'Inates'"));
    }

    [Theory]
    [InlineData("javascript:alert(1)", "must be a full http:// or https:// address")]
    [InlineData("data:text/html,hi", "must be a full http:// or https:// address")]
    public async Task ABadSourceIsRefusedBeforeTheFormOpens(string url, string expected)
    {
        var before = _bot.Dump();

        var refusal = Refusal(await _bot.RunAsync($"/fact add incident niger 2026-11-20 Tillia ambush source_url:{url}"));

        Assert.Contains(expected, refusal, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed.", refusal, StringComparison.Ordinal);
        Assert.Equal(before, _bot.Dump());
    }

    [Theory]
    [InlineData("/fact add incident niger 2026-11-26 Tillia ambush source_url:https://example.org/a", "is in the future")]
    [InlineData("/fact add incident niger 1959-06-01 Tillia ambush source_url:https://example.org/a", "before 1960")]
    [InlineData("/fact add incident niger 2026-13-01 Tillia ambush source_url:https://example.org/a", "must be a date")]
    [InlineData("/fact add incident atlantis 2026-11-20 Tillia ambush source_url:https://example.org/a", "Unknown country")]
    [InlineData("/fact add incident niger 2026-11-20 <@1> ambush source_url:https://example.org/a", "letters, digits, spaces")]
    [InlineData("/fact add incident niger 2026-11-20 Tillia ambush source_url:https://example.org/a group:nobody", "Unknown group")]
    [InlineData("/fact add incident niger 2026-11-20 Tillia ambush source_url:https://example.org/a deaths_min:9 deaths_max:3", "lowest toll is above the highest")]
    [InlineData("/fact add incident niger 2026-11-20 Tillia ambush source_url:https://example.org/a deaths_min:-2", "cannot be negative")]
    public async Task InvalidOptionsAreRefusedWithAClearMessageAndNothingStored(string command, string expected)
    {
        var before = _bot.Dump();

        var refusal = Refusal(await _bot.RunAsync(command));

        Assert.Contains(expected, refusal, StringComparison.Ordinal);
        Assert.Equal(before, _bot.Dump());
    }

    [Fact]
    public async Task ASourceLongerThanDiscordAllowsIsRefused()
    {
        var url = "https://example.org/" + new string('a', 2100);

        Assert.Contains("2048", Refusal(await _bot.RunAsync($"/fact add incident niger 2026-11-20 Tillia ambush source_url:{url}")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sources=javascript:alert(1)", "must be a full http:// or https:// address")]
    [InlineData("sources=https://a.example/1\nhttps://a.example/2\nhttps://a.example/3\nhttps://a.example/4\nhttps://a.example/5\nhttps://a.example/6", "At most 5")]
    public async Task AnInvalidFormAnswerIsRefusedAndNothingStored(string answer, string expected)
    {
        var before = _bot.Dump();
        var (command, form) = await OpenFormAsync(AddTillia);

        var refusal = Refusal(await _bot.SubmitAsync(command, form, "summary=Gunmen ambushed a patrol near Tillia.", answer));

        Assert.Contains(expected, refusal, StringComparison.Ordinal);
        Assert.Equal(before, _bot.Dump());
    }

    [Fact]
    public async Task ATooLongSummaryIsRefused()
    {
        var (command, form) = await OpenFormAsync(AddTillia);

        Assert.Contains("too long", Refusal(await _bot.SubmitAsync(command, form, "summary=" + new string('x', 2001))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneElseCannotSubmitAnotherModeratorsForm()
    {
        var (command, form) = await OpenFormAsync(AddTillia);
        var forged = new Interaction
        {
            Id = 5,
            ApplicationId = command.ApplicationId,
            Type = InteractionType.ModalSubmit,
            Token = "t",
            Version = 1,
            GuildId = command.GuildId,
            Member = new GuildMember { User = new User { Id = 12345 }, Roles = [], Permissions = ModerationBot.ManageMessages },
            Data = new InteractionData { CustomId = form.Data!.CustomId, Components = form.Data.Components },
        };
        var before = _bot.Dump();

        Assert.True((await _bot.RunAsync(forged)).Refused);
        Assert.Equal(before, _bot.Dump());
    }

    [Fact]
    public async Task StoredTextIsShownAsTextAndCannotPing()
    {
        var (command, form) = await OpenFormAsync(AddTillia);

        var stored = Answered(await _bot.SubmitAsync(command, form, "summary=@everyone see [click](https://evil.example) **now** <@123>"));
        var card = stored.Data!.Embeds![1].Description!;

        Assert.Contains("\\[click\\]\\(https\\://evil.example\\)", card, StringComparison.Ordinal);
        Assert.Contains("\\<\\@123\\>", card, StringComparison.Ordinal);
        Assert.DoesNotContain("](https://evil.example)", AllText(stored), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFrenchFormAndReceiptAreInFrench()
    {
        var command = _bot.Command(AddTillia, locale: "fr");
        var form = (await _bot.RunAsync(command)).Response;

        var stored = AllText(Answered(await _bot.SubmitAsync(command, form, "summary=Des hommes armés ont attaqué une patrouille.")));

        Assert.Equal("Ajouter un incident", form.Data!.Title);
        Assert.Contains("inc-110 enregistré (version 1)", stored, StringComparison.Ordinal);
        Assert.Contains("Publié pour tous les serveurs.", stored, StringComparison.Ordinal);
    }
}
