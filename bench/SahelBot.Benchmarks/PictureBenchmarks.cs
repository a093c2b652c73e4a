using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using SahelBot.Cli;
using SahelBot.Discord.Json;
using SahelBot.Discord.Models;
using SahelBot.Facts.Synthetic;
using SahelBot.Hosting;
using SahelBot.Pipeline;

namespace SahelBot.Benchmarks;

/// <summary>
/// /trend and /map end to end over a store grown to 100 k incidents: interaction in, the response with its PNG out,
/// through the real router (queries, placing, drawing, PNG encoding). The goal is under 300 ms each.
/// Mali is the country with the most incidents, so its picture is the heaviest.
/// Run: dotnet run -c Release --project bench/SahelBot.Benchmarks -- --filter '*PictureBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class PictureBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sahelbot-picture-bench-" + Guid.NewGuid().ToString("N"));
    private ServiceProvider _services = null!;
    private InteractionRouter _router = null!;
    private Interaction _trend = null!;
    private Interaction _trendQuarters = null!;
    private Interaction _map = null!;

    [Params(100_000)]
    public int Incidents { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        // A private copy, grown here: the shared benchmark store in the temp folder is rebuilt by other runs.
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "facts.db");
        File.Copy(ShippedStore(), path);
        await SyntheticIncidents.GrowAsync(path, Incidents, seed: 2019);
        _services = new ServiceCollection().AddLogging().AddSahelBot(path).BuildServiceProvider();
        _router = _services.GetRequiredService<InteractionRouter>();
        var definitions = _router.Commands.Select(c => c.Definition).ToList();
        _trend = Parse("/trend mali", definitions, 1);
        _trendQuarters = Parse("/trend mali by:quarter", definitions, 2);
        _map = Parse("/map mali", definitions, 3);

        // Fail loudly rather than time an error reply.
        foreach (var interaction in new[] { _trend, _trendQuarters, _map })
        {
            var routed = await _router.RouteAsync(interaction, CancellationToken.None);
            if (routed.Refused || routed.Response.Files is not { Count: 1 })
            {
                throw new InvalidOperationException($"{interaction.Data?.Name} gave no picture: {routed.Response.Data?.Content}");
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public Task<int> TrendMaliByMonth() => RunAsync(_trend);

    [Benchmark]
    public Task<int> TrendMaliByQuarter() => RunAsync(_trendQuarters);

    [Benchmark]
    public Task<int> MapMali() => RunAsync(_map);

    private static string ShippedStore()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "facts.db");
            if (File.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "SahelBot.sln")))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("facts.db not found above " + AppContext.BaseDirectory);
    }

    private static Interaction Parse(string command, List<ApplicationCommand> definitions, ulong id) =>
        DiscordJson.Deserialize<Interaction>(DiscordJson.SerializeToUtf8Bytes(InteractionScript.Parse(command, definitions, "en-US", id)))!;

    private async Task<int> RunAsync(Interaction interaction)
    {
        var response = await _router.HandleAsync(interaction, CancellationToken.None);
        return response.Files![0].Content.Length + DiscordJson.SerializeToUtf8Bytes(response).Length;
    }
}
