using SahelBot.Discord.Models;
using SahelBot.Discord.Permissions;
using SahelBot.Facts.Subscriptions;
using SahelBot.Tests.Support;

namespace SahelBot.Tests.Subscriptions;

public sealed class SubscriptionCommandTests : IDisposable
{
    private readonly BotUnderTest _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task SubscribeSavesTheFiltersAndAnAuditRowNamingTheMemberAndRepliesEphemerally()
    {
        var routed = await _bot.RunAsync(ServerMember.Command(_bot, "/subscribe countries:niger,mali groups:jnim min_deaths:10 kinds:ambush"));

        Assert.False(routed.Refused);
        Assert.Equal(MessageFlags.Ephemeral, routed.Response.Data!.Flags);
        Assert.Contains("country: Niger or Mali · group: JNIM · kind: Ambush · at least 10 reported deaths", routed.Response.Data.Content, StringComparison.Ordinal);
        var saved = await _bot.Get<SubscriptionStore>().FindAsync(ServerMember.HereChannel);
        Assert.Equal(new[] { "NE", "ML" }, saved!.Filters.Countries);
        Assert.Equal(new[] { "grp-001" }, saved.Filters.Groups);
        Assert.Equal(new[] { "ambush" }, saved.Filters.Kinds);
        Assert.Equal(10, saved.Filters.MinDeaths);
        Assert.Equal("42", SubscriptionRows.Scalar<string>(_bot.DatabasePath, "SELECT actor FROM audit_log WHERE entity = 'subscription' AND action = 'subscribe'"));
    }

    [Fact]
    public async Task SubscribingTheSameChannelAgainUpdatesItsFiltersInsteadOfAddingOne()
    {
        await _bot.RunAsync(ServerMember.Command(_bot, "/subscribe countries:niger"));

        var routed = await _bot.RunAsync(ServerMember.Command(_bot, "/subscribe countries:burkina"));

        Assert.StartsWith("Updated <#700>", routed.Response.Data!.Content, StringComparison.Ordinal);
        Assert.Equal(1, SubscriptionRows.Count(_bot.DatabasePath, "subscriptions"));
        Assert.Equal(new[] { "BF" }, (await _bot.Get<SubscriptionStore>().FindAsync(ServerMember.HereChannel))!.Filters.Countries);
        Assert.Equal(2, SubscriptionRows.SubscriptionAudits(_bot.DatabasePath));
    }

    [Theory]
    [InlineData("/subscribe countries:niger")]
    [InlineData("/subscriptions")]
    [InlineData("/unsubscribe channel:700")]
    [InlineData("/subscription pause channel:700")]
    public async Task AMemberWithoutManageChannelsGetsAnEphemeralRefusalAndNothingIsWritten(string command)
    {
        var routed = await _bot.RunAsync(ServerMember.Command(_bot, command, permissions: ServerMember.BotPermissions(DiscordPermissions.SendMessages, DiscordPermissions.ManageMessages)));

        Assert.True(routed.Refused);
        Assert.Equal(MessageFlags.Ephemeral, routed.Response.Data!.Flags);
        Assert.Contains("Manage Channels", routed.Response.Data.Content, StringComparison.Ordinal);
        Assert.Equal(0, SubscriptionRows.Count(_bot.DatabasePath, "subscriptions"));
        Assert.Equal(0, SubscriptionRows.SubscriptionAudits(_bot.DatabasePath));
    }

    [Fact]
    public async Task AnAdministratorMayManageSubscriptionsWithoutTheManageChannelsBit()
    {
        var routed = await _bot.RunAsync(ServerMember.Command(_bot, "/subscribe", permissions: ServerMember.BotPermissions(DiscordPermissions.Administrator)));

        Assert.False(routed.Refused);
    }

    [Fact]
    public async Task InADirectMessageSubscribingIsRefused()
    {
        var routed = await _bot.RunAsync(ServerMember.Command(_bot, "/subscribe countries:niger", guild: null));

        Assert.True(routed.Refused);
        Assert.Contains("not in direct messages", routed.Response.Data!.Content, StringComparison.Ordinal);
        Assert.Equal(0, SubscriptionRows.Count(_bot.DatabasePath, "subscriptions"));
    }

    [Fact]
    public async Task TheSubscriptionCommandsAreServerOnlyAndHiddenFromMembersWithoutManageChannels()
    {
        var names = new[] { "subscribe", "subscriptions", "unsubscribe", "subscription" };

        var definitions = _bot.Definitions.Where(d => names.Contains(d.Name)).ToList();

        Assert.Equal(4, definitions.Count);
        Assert.All(definitions, d => Assert.Equal("16", d.DefaultMemberPermissions));
        Assert.All(definitions, d => Assert.Equal([0], d.Contexts!));
    }

    [Theory]
    [InlineData(DiscordPermissions.ViewChannel | DiscordPermissions.SendMessages, "Embed Links")]
    [InlineData(DiscordPermissions.ViewChannel | DiscordPermissions.EmbedLinks, "Send Messages")]
    [InlineData(DiscordPermissions.SendMessages | DiscordPermissions.EmbedLinks, "View Channel")]
    public async Task WhenTheBotCannotPostInTheChannelTheReplyNamesTheMissingPermissionAndNothingIsSaved(ulong botBits, string missing)
    {
        var routed = await _bot.RunAsync(ServerMember.Command(_bot, "/subscribe channel:701 countries:niger", botInChannel: ServerMember.BotPermissions(botBits)));

        Assert.True(routed.Refused);
        Assert.Contains($"I lack {missing} there", routed.Response.Data!.Content, StringComparison.Ordinal);
        Assert.Equal(0, SubscriptionRows.Count(_bot.DatabasePath, "subscriptions"));
    }

    [Fact]
    public async Task ANewSubscriptionQueuesNoBacklog()
    {
        await _bot.RunAsync(ServerMember.Command(_bot, "/subscribe"));

        Assert.Equal(0, SubscriptionRows.Count(_bot.DatabasePath, "deliveries"));
    }

    [Fact]
    public async Task BackfillQueuesTheNewestMatchingIncidentsOnce()
    {
        await _bot.RunAsync(ServerMember.Command(_bot, "/subscribe countries:niger backfill:3"));
        await _bot.RunAsync(ServerMember.Command(_bot, "/subscribe countries:niger backfill:3"));

        var newest = SubscriptionRows.Scalar<string>(_bot.DatabasePath, "SELECT id FROM incidents WHERE country_code = 'NE' AND duplicate_of IS NULL AND retracted_at IS NULL ORDER BY date DESC, rowid DESC LIMIT 1");
        Assert.Equal(3, SubscriptionRows.Count(_bot.DatabasePath, "deliveries"));
        Assert.Equal(1, SubscriptionRows.Scalar<long>(_bot.DatabasePath, "SELECT count(*) FROM deliveries WHERE incident_id = @newest", new { newest }));
    }

    [Fact]
    public async Task SubscriptionsListsChannelsWithFiltersStateAndDiscordsReason()
    {
        await _bot.RunAsync(ServerMember.Command(_bot, "/subscribe countries:niger"));
        await _bot.RunAsync(ServerMember.Command(_bot, "/subscribe channel:701 groups:isgs"));
        await _bot.RunAsync(ServerMember.Command(_bot, "/subscription pause channel:701"));
        var claim = new DeliveryClaim("n1", ServerMember.Guild, ServerMember.HereChannel, "en-US", [], 0);
        await _bot.Get<DeliveryQueue>().PauseForDiscordAsync(claim, 50013, "Missing Permissions");

        var routed = await _bot.RunAsync(ServerMember.Command(_bot, "/subscriptions"));

        var text = routed.Response.Data!.Embeds![0].Description!;
        Assert.Contains("<#700> — country: Niger\n⚠ paused: Discord refused — 50013: Missing Permissions", text, StringComparison.Ordinal);
        Assert.Contains("<#701> — group: ISGS\n⏸ paused by a moderator", text, StringComparison.Ordinal);
        Assert.Equal(MessageFlags.Ephemeral, routed.Response.Data.Flags);
    }

    [Fact]
    public async Task PauseResumeAndUnsubscribeChangeTheStateAndAreAudited()
    {
        var store = _bot.Get<SubscriptionStore>();
        await _bot.RunAsync(ServerMember.Command(_bot, "/subscribe"));

        await _bot.RunAsync(ServerMember.Command(_bot, "/subscription pause channel:700"));
        var paused = (await store.FindAsync(ServerMember.HereChannel))!.State;
        await _bot.RunAsync(ServerMember.Command(_bot, "/subscription resume channel:700"));
        var resumed = (await store.FindAsync(ServerMember.HereChannel))!.State;
        var unsubscribed = await _bot.RunAsync(ServerMember.Command(_bot, "/unsubscribe channel:700"));

        Assert.Equal((SubscriptionState.Paused, SubscriptionState.Active), (paused, resumed));
        Assert.False(unsubscribed.Refused);
        Assert.Empty(await store.ListAsync(ServerMember.Guild));
        Assert.Equal(
            "subscribe,pause,resume,unsubscribe",
            SubscriptionRows.Scalar<string>(_bot.DatabasePath, "SELECT group_concat(action) FROM (SELECT action FROM audit_log WHERE entity = 'subscription' ORDER BY id)"));
    }

    [Fact]
    public async Task UnsubscribingAChannelWithoutSubscriptionIsRefused()
    {
        var routed = await _bot.RunAsync(ServerMember.Command(_bot, "/unsubscribe channel:999"));

        Assert.True(routed.Refused);
        Assert.Contains("<#999> has no subscription", routed.Response.Data!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AutocompleteCompletesTheLastItemOfACommaSeparatedList()
    {
        var interaction = _bot.Autocomplete("subscribe", "countries", "niger, mal");

        var routed = await _bot.RunAsync(interaction);

        var first = routed.Response.Data!.Choices![0];
        Assert.Equal(("niger, Mali", "niger, ML"), (first.Name, first.Value.GetString()));
    }
}
