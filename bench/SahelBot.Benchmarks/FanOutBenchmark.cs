using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SahelBot.Discord.Hosting;
using SahelBot.Discord.Rest;
using SahelBot.Discord.Testing;
using SahelBot.Facts;
using SahelBot.Facts.Queries;
using SahelBot.Facts.Subscriptions;
using SahelBot.Features.Subscriptions.Delivery;

namespace SahelBot.Benchmarks;

/// <summary>
/// One new incident fanned out to 1,000 subscribed channels through the real sender, REST client and rate limiter,
/// against the fake Discord with Discord's limits: 50 requests per second globally and 5 per 5 seconds per channel
/// route. The ceiling is 50 posts per second (20 s for 1,000); the Posts/s and Ceiling columns say how close the
/// sender gets. Each invocation is one whole fan-out; 429s seen after a bucket's first response are printed per run.
/// </summary>
[Config(typeof(Columns))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class FanOutBenchmark
{
    public const int Channels = 1000;
    public const double GlobalCeiling = 50;

    private const string MessagesRoute = "/channels/{channel_id}/messages";

    private readonly HttpClient _http = new();
    private string _folder = "";
    private FactStore _store = null!;
    private FakeDiscordServer _discord = null!;
    private DeliverySender _sender = null!;
    private int _incident;
    private int _requestsBefore;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _folder = Path.Combine(Path.GetTempPath(), "sahelbot-fanout-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "facts.db");
        File.Copy(FindFactsDb(), path);
        _store = new FactStore(path);
        await _store.WriteAsync(async (connection, transaction) =>
        {
            for (var i = 0; i < Channels; i++)
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO subscriptions (guild_id, channel_id, state, starts_after, created_by, created_at, updated_by, updated_at)
                    VALUES (500, @Channel, 'active', (SELECT max(rowid) FROM incidents), 'bench', '2026-11-25T00:00:00Z', 'bench', '2026-11-25T00:00:00Z')
                    """,
                    new { Channel = 30_000L + i },
                    transaction);
            }
        });

        _discord = await FakeDiscordServer.StartAsync(new FakeDiscordOptions
        {
            BotToken = "bench-token",
            GlobalLimit = 50,
            BucketLimit = 5,
            BucketWindow = TimeSpan.FromSeconds(5),
            CaptureDirectory = null,
        });
        var rest = new DiscordRestClient(
            _http,
            Options.Create(new DiscordOptions { Token = "bench-token", ApplicationId = 1, ApiBaseUrl = _discord.ApiBaseUrl }),
            new RestRateLimiter(TimeProvider.System),
            TimeProvider.System,
            NullLogger<DiscordRestClient>.Instance);
        _sender = new DeliverySender(new DeliveryQueue(_store, TimeProvider.System), new IncidentQueries(_store), rest, DeliveryOptions.Default, TimeProvider.System, NullLogger<DeliverySender>.Instance);
    }

    [IterationSetup]
    public void AddIncident()
    {
        var id = $"inc-fanout-{++_incident}";
        _requestsBefore = _discord.Requests.Count;
        _store.WriteAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO incidents (id, date, date_precision, country_code, place, place_folded, kind, deaths_min, summary, origin, created_at, created_by)
                VALUES (@Id, '2026-11-24', 'day', 'NE', 'Tillabéri', 'tillaberi', 'ambush', 12, 'Benchmark incident.', 'moderator', '2026-11-25T00:00:00Z', 'bench');
                INSERT INTO incident_sources (incident_id, source_id, ordinal) VALUES (@Id, 'src-001', 1);
                """,
                new { Id = id },
                transaction);
            await DeliveryPlanner.PlanForIncidentAsync(connection, transaction, id);
        }).GetAwaiter().GetResult();
    }

    [Benchmark(OperationsPerInvoke = Channels, Description = "1 incident → 1,000 channels")]
    public async Task FanOutAsync()
    {
        while (await _sender.SendDueAsync(CancellationToken.None) > 0)
        {
        }
    }

    [IterationCleanup]
    public void Report()
    {
        var requests = _discord.Requests.Skip(_requestsBefore).Where(r => r.Route == MessagesRoute).ToList();
        var limited = requests.Count(r => r.ResponseStatus == 429);
        using var connection = _store.OpenReadOnlyConnection();
        var posted = connection.ExecuteScalar<long>("SELECT count(*) FROM deliveries WHERE incident_id = @Id AND state = 'posted'", new { Id = $"inc-fanout-{_incident}" });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// fan-out {_incident}: {posted} posted, {requests.Count} POSTs, {limited} answered 429"));
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _discord.DisposeAsync();
        _http.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind must not fail the run.
        }
    }

    private static string FindFactsDb()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "facts.db");
            if (File.Exists(Path.Combine(dir.FullName, "SahelBot.sln")) && File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("facts.db (next to SahelBot.sln) not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Posts per second and their share of Discord's 50 requests per second.</summary>
    private sealed class Columns : ManualConfig
    {
        public Columns()
        {
            AddColumn(new RateColumn("Posts/s", "Posts per second: 1 s divided by the mean time per post", perSecond => perSecond.ToString("N1", CultureInfo.InvariantCulture)));
            AddColumn(new RateColumn("Ceiling", "Share of Discord's global limit of 50 requests per second", perSecond => (perSecond / GlobalCeiling).ToString("P0", CultureInfo.InvariantCulture)));
        }
    }

    private sealed class RateColumn(string name, string legend, Func<double, string> format) : IColumn
    {
        public string Id => name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => legend;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is > 0 ? format(1e9 / mean.Value) : "NA";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
