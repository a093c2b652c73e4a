using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SahelBot.Discord.Testing;
using SahelBot.Hosting;
using SahelBot.Tests.Support;

namespace SahelBot.Tests.EndToEnd;

/// <summary>The real <c>sahelbot run</c> host, on loopback, talking to the fake Discord over real sockets.</summary>
public sealed class RunningBot : IAsyncDisposable
{
    public const string Token = "e2e-secret-token-value";
    public const ulong ApplicationId = 1434874753845916506;

    private readonly TempStore _store = new();

    private RunningBot(FakeDiscordServer discord) => Discord = discord;

    public FakeDiscordServer Discord { get; }

    public WebApplication App { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<RunningBot> StartAsync(string mode, string publicKeyHex = "", IDictionary<string, string?>? extra = null)
    {
        var discord = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { BotToken = Token });
        var bot = new RunningBot(discord);
        var settings = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Discord:Token"] = Token,
            ["Discord:ApplicationId"] = ApplicationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Discord:PublicKey"] = publicKeyHex,
            ["Discord:Mode"] = mode,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
            ["Discord:GatewayUrlOverride"] = discord.GatewayUrl,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        bot.App = BotHost.Build(bot._store.Path, configure: c => c.AddInMemoryCollection(settings));
        await bot.App.StartAsync();
        var addresses = bot.App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        bot.BaseAddress = new Uri(addresses.First());
        return bot;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Discord.DisposeAsync();
        _store.Dispose();
    }
}
