using static SahelBot.Tests.Features.ReplyAssertions;

namespace SahelBot.Tests.Moderation;

public sealed class PermissionTests : IDisposable
{
    private readonly ModerationBot _bot = new();

    public void Dispose() => _bot.Dispose();

    public static TheoryData<string> Writes() =>
    [
        "/fact add incident niger 2026-11-20 Tillia ambush source_url:https://example.org/a",
        "/fact add group \"Katiba Test\" source_url:https://example.org/a",
        "/fact add strength dep-002 2021 5100 source_url:https://example.org/a",
        "/fact source inc-001 url:https://example.org/a",
        "/fact edit inc-001 deaths_max 80 source_url:https://example.org/a",
        "/fact retract inc-001 wrong",
        "/fact restore inc-001",
        "/fact adopt inc-001",
        "/fact history inc-001",
    ];

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task AMemberWithoutThePermissionIsRefusedAndNothingIsWritten(string command)
    {
        var before = _bot.Dump();

        var refusal = Refusal(await _bot.RunAsync(command, ModerationBot.CuratorGuild, ModerationBot.Member));

        Assert.Contains("Only this server's moderators", refusal, StringComparison.Ordinal);
        Assert.Equal(before, _bot.Dump());
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task InADirectMessageEveryFactCommandIsRefusedAndNothingIsWritten(string command)
    {
        var before = _bot.Dump();

        var refusal = Refusal(await _bot.RunAsync(command, guild: null));

        Assert.Contains("in a server only", refusal, StringComparison.Ordinal);
        Assert.Equal(before, _bot.Dump());
    }

    [Theory]
    [InlineData("/fact edit inc-001 deaths_max 80 source_url:https://example.org/a")]
    [InlineData("/fact retract inc-001 wrong")]
    [InlineData("/fact source inc-001 url:https://example.org/a")]
    [InlineData("/fact add strength dep-002 2021 5100 source_url:https://example.org/a")]
    [InlineData("/fact adopt inc-001")]
    public async Task AManageMessagesBitInAServerThatIsNotACuratorCannotTouchPublishedFacts(string command)
    {
        var before = _bot.Dump();

        Refusal(await _bot.RunAsync(command, ModerationBot.OtherGuild, ModerationBot.ManageMessages));

        Assert.Equal(before, _bot.Dump());
    }

    [Fact]
    public async Task AConfiguredModeratorRoleGrantsAccessWithoutThePermissionBit()
    {
        var withRole = _bot.Command("/fact history inc-001", ModerationBot.OtherGuild, ModerationBot.Member, [ModerationBot.ModeratorRole]);
        var otherRole = _bot.Command("/fact history inc-001", ModerationBot.OtherGuild, ModerationBot.Member, [123UL]);
        var roleOfAnotherServer = _bot.Command("/fact history inc-001", ModerationBot.CuratorGuild, ModerationBot.Member, [ModerationBot.ModeratorRole]);

        Answered(await _bot.RunAsync(withRole));
        Refusal(await _bot.RunAsync(otherRole));
        Refusal(await _bot.RunAsync(roleOfAnotherServer));
    }

    [Fact]
    public async Task AdministratorImpliesManageMessages()
    {
        Answered(await _bot.RunAsync("/fact retract inc-001 duplicate", ModerationBot.CuratorGuild, ModerationBot.Administrator));
    }

    [Fact]
    public async Task TheCommandIsServerOnlyAndNeedsManageMessagesByDefault()
    {
        var definition = _bot.Router.Commands.Single(c => c.Definition.Name == "fact").Definition;

        Assert.Equal("8192", definition.DefaultMemberPermissions);
        Assert.Equal([0], definition.Contexts);
        Assert.Empty(SahelBot.Discord.Commands.ApplicationCommandRules.Validate(definition));
    }

    [Fact]
    public async Task EveryOptionAndSubcommandHasAFrenchNameAndDescription()
    {
        var definition = _bot.Router.Commands.Single(c => c.Definition.Name == "fact").Definition;
        var all = new List<SahelBot.Discord.Models.ApplicationCommandOption>();
        void Walk(IEnumerable<SahelBot.Discord.Models.ApplicationCommandOption> options)
        {
            foreach (var option in options)
            {
                all.Add(option);
                Walk(option.Options ?? []);
            }
        }

        Walk(definition.Options!);

        Assert.True(definition.NameLocalizations!.ContainsKey("fr"));
        Assert.All(all, o =>
        {
            Assert.True(o.NameLocalizations?.ContainsKey("fr"), o.Name);
            Assert.True(o.DescriptionLocalizations?.ContainsKey("fr"), o.Name);
        });
        await Task.CompletedTask;
    }

    [Fact]
    public async Task RefusalsAreWordedInFrenchForAFrenchReader()
    {
        var refusal = Refusal(await _bot.RunAsync(_bot.Command("/fact retract inc-001 faux", ModerationBot.CuratorGuild, ModerationBot.Member, locale: "fr")));

        Assert.Contains("Rien n'a été modifié.", refusal, StringComparison.Ordinal);
    }
}
