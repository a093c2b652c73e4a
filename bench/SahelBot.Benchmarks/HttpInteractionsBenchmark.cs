using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;
using SahelBot.Discord.Hosting;
using SahelBot.Discord.Interactions;
using SahelBot.Discord.Models;

namespace SahelBot.Benchmarks;

/// <summary>
/// Signed HTTP interactions through the real endpoint (signature check, JSON, responder) on Kestrel over loopback.
/// Each invocation sends a batch; with <c>OperationsPerInvoke</c> the reported time is per request: for the
/// sequential batch that is latency, for the concurrent batch it is the inverse of throughput (see the Req/s column).
/// Percentiles are over iterations, each the mean of its batch.
/// </summary>
[Config(typeof(Columns))]
public class HttpInteractionsBenchmark
{
    private const int SequentialBatch = 200;
    private const int ConcurrentBatch = 512;
    private const int Concurrency = 16;

    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private byte[] _body = null!;
    private string _signature = "";
    private string _timestamp = "";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var generator = new Ed25519KeyPairGenerator();
        generator.Init(new Ed25519KeyGenerationParameters(new SecureRandom()));
        var keys = generator.GenerateKeyPair();
        var publicKey = Convert.ToHexStringLower(((Ed25519PublicKeyParameters)keys.Public).GetEncoded());

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = "benchmark-token",
            ["Discord:ApplicationId"] = "1434874753845916506",
            ["Discord:PublicKey"] = publicKey,
            ["Discord:Mode"] = DiscordOptions.HttpMode,
        });
        builder.Services.AddDiscord(builder.Configuration);
        builder.Services.AddSingleton<IInteractionHandler, FixedResponseHandler>();
        _app = builder.Build();
        _app.MapDiscordInteractions();
        await _app.StartAsync();

        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        _client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency }) { BaseAddress = new Uri(address) };

        // Signed once: the verifier accepts a timestamp for minutes, longer than a short job runs.
        _body = Encoding.UTF8.GetBytes("""{"id":"1536301845188149683","application_id":"1434874753845916506","type":2,"token":"bench-token","version":1,"guild_id":"842732981454065414","channel_id":"842748080950512019","locale":"fr","data":{"id":"1477998909850086530","name":"attacks","type":1,"options":[{"type":3,"name":"country","value":"NE"}]}}""");
        _timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signer = new Ed25519Signer();
        signer.Init(true, keys.Private);
        var prefix = Encoding.UTF8.GetBytes(_timestamp);
        signer.BlockUpdate(prefix, 0, prefix.Length);
        signer.BlockUpdate(_body, 0, _body.Length);
        _signature = Convert.ToHexStringLower(signer.GenerateSignature());

        // One request outside measurement proves the setup answers 200, so a broken run fails loudly.
        await SendOneAsync();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Benchmark(OperationsPerInvoke = SequentialBatch, Description = "sequential (latency per request)")]
    public async Task Sequential()
    {
        for (var i = 0; i < SequentialBatch; i++)
        {
            await SendOneAsync();
        }
    }

    [Benchmark(OperationsPerInvoke = ConcurrentBatch, Description = "16 concurrent (time per request = 1/throughput)")]
    public async Task Concurrent()
    {
        var next = 0;
        var workers = new Task[Concurrency];
        for (var w = 0; w < Concurrency; w++)
        {
            workers[w] = Task.Run(async () =>
            {
                while (Interlocked.Increment(ref next) <= ConcurrentBatch)
                {
                    await SendOneAsync();
                }
            });
        }

        await Task.WhenAll(workers);
    }

    private async Task SendOneAsync()
    {
        using var content = new ByteArrayContent(_body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/interactions") { Content = content };
        request.Headers.TryAddWithoutValidation(InteractionEndpoint.SignatureHeader, _signature);
        request.Headers.TryAddWithoutValidation(InteractionEndpoint.TimestampHeader, _timestamp);
        using var response = await _client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The endpoint answered {(int)response.StatusCode}.");
        }

        await response.Content.ReadAsByteArrayAsync();
    }

    private sealed class FixedResponseHandler : IInteractionHandler
    {
        private static readonly InteractionResponse Response = InteractionResponse.Message(new InteractionCallbackData
        {
            Content = "3 incidents in Niger this week",
            Embeds = [new Embed { Title = "Attacks — Niger", Description = "Tillabéri, Tahoua, Diffa" }],
            AllowedMentions = AllowedMentions.None,
        });

        public Task<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken cancellationToken) => Task.FromResult(Response);
    }

    /// <summary>Adds p50/p95 (built in), p99 and requests per second to the default columns.</summary>
    private sealed class Columns : ManualConfig
    {
        public Columns()
        {
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, new PercentileColumn(99), new RequestsPerSecondColumn());
        }
    }

    private sealed class PercentileColumn(int percentile) : IColumn
    {
        public string Id => $"P{percentile}";

        public string ColumnName => $"P{percentile}";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Statistics;

        public int PriorityInCategory => 10;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Time;

        public string Legend => $"Percentile {percentile} of the per-request time over iterations";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            if (statistics is null)
            {
                return "NA";
            }

            var nanoseconds = statistics.Percentiles.Percentile(percentile);
            return (nanoseconds / 1000).ToString("N1", CultureInfo.InvariantCulture) + " μs";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }

    private sealed class RequestsPerSecondColumn : IColumn
    {
        public string Id => "RequestsPerSecond";

        public string ColumnName => "Req/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Requests per second: 1 s divided by the mean time per request";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is > 0 ? (1e9 / mean.Value).ToString("N0", CultureInfo.InvariantCulture) : "NA";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
