using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SahelBot.Discord.Gateway;
using SahelBot.Discord.Hosting;
using SahelBot.Discord.Models;
using SahelBot.Discord.Testing.Gateway;
using SahelBot.Discord.Testing.Time;

namespace SahelBot.Discord.Tests.Gateway;

/// <summary>A <see cref="GatewayClient"/> on a scripted transport and a manual clock, running in the background.</summary>
internal sealed class GatewayTestRig : IAsyncDisposable
{
    public const string Token = "gateway-secret-token";
    public const string GatewayUrl = "wss://gateway.test";
    public const string ResumeUrl = "wss://resume.test";

    private readonly CancellationTokenSource _stop = new();

    public GatewayTestRig(int remainingSessions = 1000, long resetAfterMs = 0, int shardId = 0, int shardCount = 1, Exception? gatewayBotFailure = null)
    {
        var options = new DiscordOptions { Token = Token, ShardId = shardId, ShardCount = shardCount };
        var info = new GatewayBotInfo
        {
            Url = GatewayUrl,
            Shards = 1,
            SessionStartLimit = new SessionStartLimit { Total = 1000, Remaining = remainingSessions, ResetAfter = resetAfterMs, MaxConcurrency = 1 },
        };
        Client = new GatewayClient(
            Options.Create(options),
            Transport,
            _ =>
            {
                GatewayBotCalls++;
                return gatewayBotFailure is null ? Task.FromResult(info) : Task.FromException<GatewayBotInfo>(gatewayBotFailure);
            },
            Time,
            NullLogger<GatewayClient>.Instance,
            new GatewaySettings { NextRandom = () => 0.5 });
    }

    public ScriptedGatewayTransport Transport { get; } = new();

    public ManualTimeProvider Time { get; } = new();

    public GatewayClient Client { get; }

    public Task Run { get; private set; } = Task.CompletedTask;

    public int GatewayBotCalls { get; private set; }

    public void Start() => Run = Task.Run(() => Client.RunAsync(_stop.Token));

    /// <summary>Connect, HELLO (1 s heartbeat), IDENTIFY, READY: the usual opening.</summary>
    public async Task StartSessionAsync(string sessionId = "session-1", int readySequence = 1)
    {
        Start();
        await Transport.WaitForConnectionAsync(1);
        Transport.PushHello(1000);
        await Transport.WaitForSentAsync(2);
        Transport.PushReady(readySequence, sessionId, ResumeUrl);
        await WaitUntilAsync(() => Client.SessionId == sessionId);
    }

    public static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(2, cts.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Run.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception ex) when (ex is OperationCanceledException or GatewayFatalException)
        {
            // Expected ends of a run.
        }

        _stop.Dispose();
    }
}
