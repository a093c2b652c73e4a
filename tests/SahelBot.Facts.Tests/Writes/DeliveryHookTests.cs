using SahelBot.Facts.Tests.Subscriptions;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Writes;

public sealed class DeliveryHookTests(CuratedStoreFixture fixture) : WriterTestBase(fixture)
{
    [Fact]
    public async Task APublishedIncidentIsQueuedForEveryMatchingSubscriptionInTheSameWrite()
    {
        SubscriptionRows.Add(Store, channelId: 501, countries: """["NE"]""", guildId: OtherGuild);
        SubscriptionRows.Add(Store, channelId: 502, countries: """["ML"]""", guildId: OtherGuild);

        await Writer.AddIncidentAsync(Incident(), Curator);

        Assert.Equal([("inc-110", 501L)], SubscriptionRows.Deliveries(Store));
    }

    [Fact]
    public async Task AServerOnlyIncidentIsQueuedOnlyForThatServerUntilAdopted()
    {
        SubscriptionRows.Add(Store, channelId: 601, countries: """["NE"]""", guildId: OtherGuild);
        SubscriptionRows.Add(Store, channelId: 602, countries: """["NE"]""", guildId: 12345);

        await Writer.AddIncidentAsync(Incident(), Elsewhere);
        Assert.Equal([("inc-110", 601L)], SubscriptionRows.Deliveries(Store));

        await Writer.AdoptAsync("inc-110", Curator);
        Assert.Equal([("inc-110", 601L), ("inc-110", 602L)], SubscriptionRows.Deliveries(Store));
    }
}
