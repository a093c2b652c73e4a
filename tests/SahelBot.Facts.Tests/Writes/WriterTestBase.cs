using Dapper;
using SahelBot.Facts.Model;
using SahelBot.Facts.Tests.Support;
using SahelBot.Facts.Writes;

namespace SahelBot.Facts.Tests.Writes;

/// <summary>A private copy of a fresh curated build and a writer over it, with a curator and a plain server's moderator.</summary>
public abstract class WriterTestBase : IClassFixture<CuratedStoreFixture>, IDisposable
{
    protected const ulong CuratorGuild = 900_000_000_000_000_001UL;
    protected const ulong OtherGuild = 900_000_000_000_000_002UL;

    private readonly TempDirectory temp = new();

    protected WriterTestBase(CuratedStoreFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        Store = fixture.CopyTo(temp);
        Writer = new FactWriter(Store, new FixedClock(FixedClock.Default));
    }

    protected static WriteActor Curator { get; } = new(42, CuratorGuild, Publishes: true);

    protected static WriteActor Elsewhere { get; } = new(43, OtherGuild, Publishes: false);

    protected FactStore Store { get; }

    protected FactWriter Writer { get; }

    protected string Dump() => DatabaseDump.Of(Store.DatabasePath);

    protected static NewIncident Incident(
        string place = "Tillia",
        string date = "2026-11-20",
        string url = "https://example.org/news/tillia",
        int? min = 12,
        int? max = 15,
        IReadOnlyList<string>? groups = null,
        IReadOnlyList<string>? extra = null,
        string summary = "Gunmen attacked a patrol near Tillia.",
        string country = "NE") =>
        new(country, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DatePrecision.Day, place, "ambush", url, min, max,
            groups ?? [], [], summary, extra ?? []);

    protected async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = Store.OpenReadOnlyConnection();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    protected async Task<IReadOnlyList<(string Action, string? Before, string? After, string? Reason, long? GuildId, string Actor, string At)>> AuditAsync(string id)
    {
        await using var connection = Store.OpenReadOnlyConnection();
        return (await connection.QueryAsync<(string, string?, string?, string?, long?, string, string)>(
            "SELECT action, before_json, after_json, reason, guild_id, actor, at FROM audit_log WHERE entity_id = @Id ORDER BY id", new { Id = id })).ToList();
    }

    public void Dispose()
    {
        temp.Dispose();
        GC.SuppressFinalize(this);
    }
}
