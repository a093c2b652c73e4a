using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SahelBot.Discord.Hosting;
using SahelBot.Discord.Rest;
using SahelBot.Discord.Testing;
using SahelBot.Facts;
using SahelBot.Facts.Queries;
using SahelBot.Facts.Subscriptions;
using SahelBot.Features.Subscriptions.Delivery;
using SahelBot.Tests.Support;

namespace SahelBot.Tests.Subscriptions;

/// <summary>The real sender, REST client and rate limiter over a private store copy, posting to the fake Discord on loopback.</summary>
public sealed class SenderRig : IAsyncDisposable
{
    public const ulong Guild = 500;

    /// <summary>Quick retries so a storm of failures resolves in seconds; the logic is the production one.</summary>
    public static readonly RestRetryPolicy QuickRetries = new()
    {
        MaxAttempts = 4,
        MaxRateLimitRetries = 8,
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxDelay = TimeSpan.FromMilliseconds(200),
        AttemptTimeout = TimeSpan.FromMilliseconds(500),
    };

    public static readonly DeliveryOptions QuickDelivery = new()
    {
        MaxAttempts = 10,
        PostsPerSecond = 10_000,
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        RetryMaxDelay = TimeSpan.FromMilliseconds(200),
        PollInterval = TimeSpan.FromMilliseconds(20),
    };

    private readonly TempStore _temp = new();
    private readonly HttpClient _http = new();

    private SenderRig(FakeDiscordServer fake, RestRetryPolicy retry, DeliveryOptions delivery)
    {
        Fake = fake;
        Store = new FactStore(_temp.Path);
        Queue = new DeliveryQueue(Store, TimeProvider.System);
        Subscriptions = new SubscriptionStore(Store, TimeProvider.System);
        Rest = new DiscordRestClient(
            _http,
            Options.Create(new DiscordOptions { Token = "test-token", ApplicationId = 1, ApiBaseUrl = fake.ApiBaseUrl }),
            new RestRateLimiter(TimeProvider.System),
            TimeProvider.System,
            NullLogger<DiscordRestClient>.Instance,
            retry);
        Sender = new DeliverySender(Queue, new IncidentQueries(Store), Rest, delivery, TimeProvider.System, NullLogger<DeliverySender>.Instance);
    }

    public FakeDiscordServer Fake { get; }

    public FactStore Store { get; }

    public string DatabasePath => _temp.Path;

    public DeliveryQueue Queue { get; }

    public SubscriptionStore Subscriptions { get; }

    public DiscordRestClient Rest { get; }

    public DeliverySender Sender { get; }

    public static async Task<SenderRig> StartAsync(FakeDiscordOptions? options = null, RestRetryPolicy? retry = null, DeliveryOptions? delivery = null)
    {
        var fake = await FakeDiscordServer.StartAsync(options ?? new FakeDiscordOptions { BotToken = "test-token" });
        return new SenderRig(fake, retry ?? QuickRetries, delivery ?? QuickDelivery);
    }

    public Task SubscribeAsync(ulong channelId, SubscriptionFilters? filters = null) =>
        Subscriptions.SubscribeAsync(new SubscriptionRequest(Guild, channelId, filters ?? SubscriptionFilters.Any, "en-US", 42), 0);

    /// <summary>Many channels at once, in one transaction, as if each had run /subscribe.</summary>
    public Task SubscribeManyAsync(ulong firstChannel, int count) => SubscribeManyAsync(Store, firstChannel, count);

    public static Task SubscribeManyAsync(FactStore store, ulong firstChannel, int count)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WriteAsync(async (connection, transaction) =>
        {
            for (var i = 0; i < count; i++)
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO subscriptions (guild_id, channel_id, state, starts_after, created_by, created_at, updated_by, updated_at)
                    VALUES (@Guild, @Channel, 'active', (SELECT COALESCE(max(rowid), 0) FROM incidents), '42', '2026-11-25T00:00:00.0000000Z', '42', '2026-11-25T00:00:00.0000000Z')
                    """,
                    new { Guild = (long)Guild, Channel = (long)(firstChannel + (ulong)i) },
                    transaction);
            }
        });
    }

    /// <summary>Stores new incidents the way a moderator's addition does: incident, source and deliveries in one transaction.</summary>
    public Task AddIncidentsAsync(params string[] ids) => AddIncidentsAsync(Store, ids);

    public static Task AddIncidentsAsync(FactStore store, params string[] ids)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.WriteAsync(async (connection, transaction) =>
        {
            foreach (var id in ids)
            {
                await InsertIncidentAsync(connection, transaction, id);
                await DeliveryPlanner.PlanForIncidentAsync(connection, transaction, id);
            }
        });
    }

    public Task RetractAsync(string id, string reason) => Store.WriteAsync((connection, transaction) => connection.ExecuteAsync(
        "UPDATE incidents SET retracted_at = '2026-11-25T12:00:00.0000000Z', retracted_reason = @Reason, version = version + 1 WHERE id = @Id",
        new { Id = id, Reason = reason },
        transaction));

    public Task CorrectDeathsAsync(string id, int deaths) => Store.WriteAsync((connection, transaction) => connection.ExecuteAsync(
        "UPDATE incidents SET deaths_min = @Deaths, version = version + 1 WHERE id = @Id",
        new { Id = id, Deaths = deaths },
        transaction));

    public long Count(string sql, object? parameters = null)
    {
        using var connection = Store.OpenReadOnlyConnection();
        return connection.ExecuteScalar<long>(sql, parameters);
    }

    /// <summary>Runs sender rounds until nothing is due, in flight or waiting for an edit (two minutes at most).</summary>
    public async Task DrainAsync()
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (Count("SELECT count(*) FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id WHERE (d.state IN ('pending', 'sending') AND s.state = 'active') OR d.needs_edit = 1") > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The sender did not finish its deliveries within two minutes.");
            }

            var worked = await Sender.SendDueAsync(CancellationToken.None) + await Sender.EditDueAsync(CancellationToken.None);
            if (worked == 0)
            {
                await Task.Delay(20);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Fake.DisposeAsync();
        _http.Dispose();
        _temp.Dispose();
    }

    internal static Task InsertIncidentAsync(SqliteConnection connection, SqliteTransaction transaction, string id) =>
        connection.ExecuteAsync(
            """
            INSERT INTO incidents (id, date, date_precision, country_code, place, place_folded, kind, target, deaths_min, summary, origin, created_at, created_by)
            VALUES (@Id, '2026-11-24', 'day', 'NE', 'Tillabéri', 'tillaberi', 'ambush', 'military', 12, 'Soldiers were ambushed @everyone near the town.', 'moderator', '2026-11-25T00:00:00.0000000Z', '42');
            INSERT INTO incident_sources (incident_id, source_id, ordinal) VALUES (@Id, 'src-001', 1);
            """,
            new { Id = id },
            transaction);
}
