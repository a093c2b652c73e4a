using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SahelBot.Facts;
using SahelBot.Facts.Subscriptions;
using SahelBot.Features.Subscriptions.Delivery;
using SahelBot.Hosting;
using SahelBot.Tests.EndToEnd;
using SahelBot.Tests.Support;

namespace SahelBot.Tests.Subscriptions;

public sealed class HostedSenderTests
{
    [Fact]
    public async Task TheRunningBotPostsANewIncidentToASubscribedChannel()
    {
        await using var bot = await RunningBot.StartAsync("gateway");
        var store = bot.App.Services.GetRequiredService<FactStore>();
        await bot.App.Services.GetRequiredService<SubscriptionStore>().SubscribeAsync(
            new SubscriptionRequest(SenderRig.Guild, 901, SubscriptionFilters.Any, "fr", 42), 0);

        await store.WriteAsync(async (connection, transaction) =>
        {
            await SenderRig.InsertIncidentAsync(connection, transaction, "inc-live");
            await DeliveryPlanner.PlanForIncidentAsync(connection, transaction, "inc-live");
        });
        var posted = await bot.Discord.WaitForRequestAsync(r => r.Route == "/channels/{channel_id}/messages" && r.ResponseStatus == 200, timeout: TimeSpan.FromSeconds(30));

        Assert.EndsWith("/channels/901/messages", posted.Path, StringComparison.Ordinal);
        Assert.Contains("toutes les sources : /incident inc-live", posted.Body!["embeds"]![0]!["footer"]!["text"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheCommandLineServiceGraphHasNoSender()
    {
        using var temp = new TempStore();
        using var services = new ServiceCollection().AddLogging().AddSahelBot(temp.Path).BuildServiceProvider();

        Assert.DoesNotContain(services.GetServices<IHostedService>(), s => s is DeliveryHostedService);
    }
}
