using Dapper;
using SahelBot.Discord.Testing;
using SahelBot.Facts;
using SahelBot.Tests.EndToEnd;
using SahelBot.Tests.Support;

namespace SahelBot.Tests.Subscriptions;

public sealed class CrashRecoveryTests
{
    private const int Channels = 300;
    private const string Messages = "/channels/{channel_id}/messages";

    [Fact]
    public async Task ASahelbotRunProcessKilledWithSigkillMidRunAndRestartedStillPostsToEveryChannelExactlyOnce()
    {
        // Discord's real limits make the fan-out take seconds, long enough to kill it in the middle.
        await using var discord = await FakeDiscordServer.StartAsync(new FakeDiscordOptions
        {
            BotToken = RunningBot.Token,
            GlobalLimit = 50,
            BucketLimit = 5,
            BucketWindow = TimeSpan.FromSeconds(5),
        });
        using var temp = new TempStore();
        var store = new FactStore(temp.Path);
        await SenderRig.SubscribeManyAsync(store, 20_000, Channels);
        await SenderRig.AddIncidentsAsync(store, "inc-crash");

        using (var first = SenderProcess.Start(temp.Path, discord))
        {
            await discord.WaitForRequestAsync(r => r.Route == Messages && r.ResponseStatus == 200, count: 60, timeout: TimeSpan.FromMinutes(2));
            await first.KillAsync();
        }

        var beforeRestart = discord.Messages.Count;
        using (var second = SenderProcess.Start(temp.Path, discord))
        {
            await WaitUntilAllPostedAsync(store);
            await second.KillAsync();
        }

        var posted = discord.Messages;
        Assert.InRange(beforeRestart, 60, Channels - 1);
        Assert.Equal(Channels, posted.Count);
        Assert.Equal(Channels, posted.Select(m => (string)m["channel_id"]!).Distinct().Count());
        Assert.Equal(Channels, Scalar(store, "SELECT count(DISTINCT message_id) FROM deliveries WHERE state = 'posted'"));
    }

    private static async Task WaitUntilAllPostedAsync(FactStore store)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (Scalar(store, "SELECT count(*) FROM deliveries WHERE state = 'posted'") < Channels)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The restarted sender did not post every delivery within three minutes.");
            }

            await Task.Delay(100);
        }
    }

    private static long Scalar(FactStore store, string sql)
    {
        using var connection = store.OpenReadOnlyConnection();
        return connection.ExecuteScalar<long>(sql);
    }
}
