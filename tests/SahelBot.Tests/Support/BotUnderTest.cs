using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SahelBot.Cli;
using SahelBot.Discord.Json;
using SahelBot.Discord.Models;
using SahelBot.Hosting;
using SahelBot.Pipeline;

namespace SahelBot.Tests.Support;

/// <summary>The bot's real service graph over a private copy of facts.db; interactions are built the way a Discord client sends them.</summary>
public sealed class BotUnderTest : IDisposable
{
    private readonly TempStore _store = new();
    private readonly ServiceProvider _services;
    private ulong _nextId = 1_200_000_000_000_000_000;

    /// <param name="settings">Configuration the features read (e.g. Facts:CuratorGuildIds), as the host would supply it.</param>
    public BotUnderTest(IDictionary<string, string?>? settings = null)
    {
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build())
            .AddSahelBot(_store.Path)
            .AddSingleton<TimeProvider>(new FixedTime(FixedTime.Default))
            .BuildServiceProvider();
        Router = _services.GetRequiredService<InteractionRouter>();
    }

    public InteractionRouter Router { get; }

    public string DatabasePath => _store.Path;

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public IReadOnlyList<ApplicationCommand> Definitions => Router.Commands.Select(c => c.Definition).ToList();

    public Interaction Command(string text, string locale = "en-US", ulong? guildId = null) =>
        Command(text, new Invoker(Invoker.TerminalUser, guildId, null, Invoker.TerminalChannel), locale);

    /// <summary>A slash command as typed by <paramref name="invoker"/>, through Discord's wire format and back.</summary>
    public Interaction Command(string text, Invoker invoker, string locale = "en-US") =>
        RoundTrip(InteractionScript.Parse(text, Definitions.ToList(), locale, _nextId++, invoker));

    /// <summary>A fresh interaction id, as Discord would give each new interaction.</summary>
    public ulong NextId() => _nextId++;

    public Interaction Click(string customId, string locale = "en-US") => RoundTrip(InteractionScript.Click(
        new Interaction { ApplicationId = InteractionScript.ApplicationId, Token = "test", Locale = locale }, customId, _nextId++));

    public Interaction Autocomplete(string command, string option, string typed, string locale = "en-US") => RoundTrip(new Interaction
    {
        Id = _nextId++,
        ApplicationId = InteractionScript.ApplicationId,
        Type = InteractionType.ApplicationCommandAutocomplete,
        Token = "test",
        Version = 1,
        Locale = locale,
        Data = new InteractionData
        {
            Name = command,
            Type = 1,
            Options = [new InteractionDataOption { Name = option, Type = ApplicationCommandOptionType.String, Value = System.Text.Json.JsonSerializer.SerializeToElement(typed, DiscordJsonContext.Default.String), Focused = true }],
        },
    });

    public async Task<RoutedResponse> RunAsync(Interaction interaction)
    {
        var routed = await Router.RouteAsync(interaction, CancellationToken.None);
        CaptureDirectory.RecordCallback(interaction, routed.Response);
        return routed;
    }

    public Task<RoutedResponse> RunAsync(string text, string locale = "en-US") => RunAsync(Command(text, locale));

    public void Dispose()
    {
        _services.Dispose();
        _store.Dispose();
    }

    /// <summary>Through Discord's wire format and back, so handlers see exactly what the JSON gives them.</summary>
    public static Interaction RoundTrip(Interaction interaction) =>
        DiscordJson.Deserialize<Interaction>(DiscordJson.Serialize(interaction))!;
}
