using BenchmarkDotNet.Attributes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SahelBot.Cli;
using SahelBot.Discord.Json;
using SahelBot.Discord.Models;
using SahelBot.Facts;
using SahelBot.Facts.Queries;
using SahelBot.Hosting;
using SahelBot.Pipeline;

namespace SahelBot.Benchmarks;

/// <summary>
/// /attacks and /ask end to end (interaction JSON in, response JSON out, through the real router and
/// handlers) against the bare Dapper queries that fetch the same rows.
/// Run: dotnet run -c Release --project bench/SahelBot.Benchmarks -- --filter '*QueryBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private ServiceProvider _services = null!;
    private InteractionRouter _router = null!;
    private FactStore _store = null!;
    private byte[] _attacks = null!;
    private byte[] _ask = null!;

    [Params(100_000, 1_000_000)]
    public int Incidents { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var path = await BenchmarkStore.GrownAsync(Incidents);
        _services = new ServiceCollection().AddLogging().AddSahelBot(path).BuildServiceProvider();
        _router = _services.GetRequiredService<InteractionRouter>();
        _store = _services.GetRequiredService<FactStore>();
        var definitions = _router.Commands.Select(c => c.Definition).ToList();
        _attacks = DiscordJson.SerializeToUtf8Bytes(InteractionScript.Parse("/attacks niger since:2015 min_deaths:10", definitions, "en-US", 1));
        _ask = DiscordJson.SerializeToUtf8Bytes(InteractionScript.Parse("/ask who claimed the Inates attack?", definitions, "en-US", 2));
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public async Task<byte[]> AttacksEndToEnd() => await RunAsync(_attacks);

    [Benchmark]
    public async Task<int> AttacksBareQuery()
    {
        const string Where = "i.guild_id IS NULL AND i.retracted_at IS NULL AND i.duplicate_of IS NULL AND i.country_code = 'NE' AND i.date >= '2015-01-01' AND COALESCE(i.deaths_max, i.deaths_min) >= 10";
        await using var connection = _store.OpenConnection();
        var total = await connection.ExecuteScalarAsync<int>($"SELECT count(*) FROM incidents i WHERE {Where}");
        var rows = await connection.QueryAsync<(string Id, string Date, string Place, string Kind, int? Min, int? Max, string Summary)>(
            $"SELECT i.id, i.date, i.place, i.kind, i.deaths_min, i.deaths_max, i.summary FROM incidents i WHERE {Where} ORDER BY i.date DESC, i.id LIMIT 5");
        var deadliest = await connection.QueryAsync<(string Id, int? Min, int? Max)>(
            $"SELECT i.id, i.deaths_min, i.deaths_max FROM incidents i WHERE {Where} ORDER BY COALESCE(i.deaths_max, i.deaths_min) DESC, i.date DESC, i.id LIMIT 5");
        var ids = rows.Select(r => r.Id).Concat(deadliest.Select(r => r.Id)).ToList();
        var sources = await connection.QueryAsync<(string IncidentId, string? Url)>(
            "SELECT s.incident_id, src.url FROM incident_sources s JOIN sources src ON src.id = s.source_id WHERE s.incident_id IN @Ids", new { Ids = ids });
        return total + sources.Count();
    }

    [Benchmark]
    public async Task<byte[]> AskEndToEnd() => await RunAsync(_ask);

    /// <summary>The ranking alone (FactSearch), to tell the search's cost from the citation lookups around it.</summary>
    [Benchmark]
    public async Task<int> AskSearchOnly() => (await _services.GetRequiredService<FactSearch>().SearchAsync("who claimed the Inates attack?", 5)).Count;

    /// <summary>
    /// The FTS5 queries that find the same candidate rows /ask shows: the all-words pass and, since it finds fewer
    /// than five, the any-word pass over the words that are not too common ("attack" is in most synthetic rows).
    /// </summary>
    [Benchmark]
    public async Task<int> AskBareQuery()
    {
        const string Ranked = """
            SELECT d.entity_id FROM search_text JOIN search_documents d ON d.doc_id = search_text.rowid
            WHERE search_text MATCH @Match ORDER BY bm25(search_text, 4.0, 3.0, 1.0, 1.0) LIMIT 36
            """;
        await using var connection = _store.OpenConnection();
        var all = await connection.QueryAsync<string>(Ranked, new { Match = "\"claimed\" AND \"inates\" AND \"attack\"" });
        var any = await connection.QueryAsync<string>(Ranked, new { Match = "\"claimed\" OR \"inates\"" });
        return all.Count() + any.Count();
    }

    private async Task<byte[]> RunAsync(byte[] json)
    {
        var interaction = DiscordJson.Deserialize<Interaction>(json)!;
        var response = await _router.HandleAsync(interaction, CancellationToken.None);
        return DiscordJson.SerializeToUtf8Bytes(response);
    }
}
