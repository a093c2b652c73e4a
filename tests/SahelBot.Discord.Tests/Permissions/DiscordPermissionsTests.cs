using SahelBot.Discord.Permissions;

namespace SahelBot.Discord.Tests.Permissions;

public class DiscordPermissionsTests
{
    private const string ExampleMember = "311452617792";
    private const string ExampleModerator = "311452626016";
    private const string ExampleBot = "277025508352";

    [Fact]
    public void ConstantsMatchDocumentedDecimals()
    {
        Assert.Equal(8UL, DiscordPermissions.Administrator);
        Assert.Equal(32UL, DiscordPermissions.ManageGuild);
        Assert.Equal(8192UL, DiscordPermissions.ManageMessages);
        Assert.Equal(2147483648UL, DiscordPermissions.UseApplicationCommands);
        Assert.Equal(274877906944UL, DiscordPermissions.SendMessagesInThreads);
        Assert.Equal(52224UL, DiscordPermissions.ViewChannel | DiscordPermissions.SendMessages | DiscordPermissions.EmbedLinks | DiscordPermissions.AttachFiles);
    }

    [Fact]
    public void ModeratorExampleHasManageGuildAndManageMessages() =>
        Assert.True(DiscordPermissions.Has(ExampleModerator, DiscordPermissions.ManageGuild | DiscordPermissions.ManageMessages));

    [Fact]
    public void MemberExampleLacksManageGuild() =>
        Assert.False(DiscordPermissions.Has(ExampleMember, DiscordPermissions.ManageGuild));

    [Fact]
    public void BotExampleCanPostEmbedsInChannelsAndThreads() =>
        Assert.True(DiscordPermissions.Has(ExampleBot, DiscordPermissions.ViewChannel | DiscordPermissions.SendMessages | DiscordPermissions.EmbedLinks | DiscordPermissions.SendMessagesInThreads));

    [Fact]
    public void AdministratorImpliesEveryPermission() =>
        Assert.True(DiscordPermissions.Has("8", DiscordPermissions.ManageGuild | DiscordPermissions.SendMessagesInThreads));

    [Fact]
    public void PartialGrantIsNotEnough() =>
        Assert.False(DiscordPermissions.Has("2048", DiscordPermissions.SendMessages | DiscordPermissions.EmbedLinks));

    [Fact]
    public void NothingRequiredIsAlwaysGranted() => Assert.True(DiscordPermissions.Has("0", 0));

    [Fact]
    public void BitsBeyondSixtyFourDoNotBreakParsing() =>
        Assert.True(DiscordPermissions.Has("36893488147419105280", DiscordPermissions.SendMessages));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-32")]
    [InlineData("+32")]
    [InlineData(" 32")]
    [InlineData("32a")]
    [InlineData("0x20")]
    [InlineData("3.2e1")]
    [InlineData("99999999999999999999999999999999999999999999999999")]
    public void MalformedBitfieldGrantsNothing(string? bitfield) =>
        Assert.False(DiscordPermissions.Has(bitfield, DiscordPermissions.ManageGuild));

    [Fact]
    public void MissingNamesEachLackingPermission() =>
        Assert.Equal(["Send Messages", "Embed Links"], DiscordPermissions.Missing("1024", DiscordPermissions.ViewChannel | DiscordPermissions.SendMessages | DiscordPermissions.EmbedLinks));

    [Fact]
    public void MissingIsEmptyWhenAllAreGranted() =>
        Assert.Empty(DiscordPermissions.Missing(ExampleBot, DiscordPermissions.SendMessages | DiscordPermissions.EmbedLinks));

    [Fact]
    public void MissingIsEmptyForAdministrators() =>
        Assert.Empty(DiscordPermissions.Missing("8", DiscordPermissions.ManageGuild));

    [Fact]
    public void MissingListsEverythingForMalformedBitfield() =>
        Assert.Equal(["Manage Server", "Manage Messages"], DiscordPermissions.Missing("oops", DiscordPermissions.ManageGuild | DiscordPermissions.ManageMessages));

    [Fact]
    public void MissingNamesUnknownBitsByNumber() =>
        Assert.Equal(["Permission bit 40"], DiscordPermissions.Missing("0", 1UL << 40));
}
