using Dapper;
using Microsoft.Data.Sqlite;

namespace SahelBot.Facts.Subscriptions;

/// <summary>
/// Channel subscriptions, MODiX style: subscribing again updates (never duplicates), unsubscribing is a soft state,
/// and every change writes an audit row naming the member, in the same transaction as the change.
/// </summary>
public sealed class SubscriptionStore(FactStore store, TimeProvider time)
{
    public const int MaxBackfill = 10;

    private const string SelectSql = """
        SELECT s.id AS Id, s.guild_id AS GuildId, s.channel_id AS ChannelId, s.countries AS Countries, s.groups AS Groups,
               s.kinds AS Kinds, s.min_deaths AS MinDeaths, s.locale AS Locale, s.state AS State, s.reason AS Reason,
               s.error_code AS ErrorCode, s.created_by AS CreatedBy, s.created_at AS CreatedAt,
               (SELECT max(d.posted_at) FROM deliveries d WHERE d.subscription_id = s.id AND d.state = 'posted') AS LastPostedAt,
               (SELECT count(*) FROM deliveries d WHERE d.subscription_id = s.id AND d.state IN ('pending', 'sending')) AS Pending,
               (SELECT count(*) FROM deliveries d WHERE d.subscription_id = s.id AND d.state = 'failed') AS Failed
        FROM subscriptions s
        """;

    private const string BackfillSql = $"""
        INSERT OR IGNORE INTO deliveries (incident_id, channel_id, subscription_id, state, attempts, next_attempt_at, created_at)
        SELECT i.id, s.channel_id, s.id, 'pending', 0, NULL, @Now
        FROM subscriptions s
        JOIN incidents i ON {SubscriptionMatchSql.Matches}
        WHERE s.id = @SubscriptionId
        ORDER BY i.date DESC, i.rowid DESC
        LIMIT @Limit
        """;

    /// <summary>Subscribes the channel, or gives an existing subscription new filters; queues the <paramref name="backfill"/> newest matches once.</summary>
    public async Task<SubscriptionChange> SubscribeAsync(SubscriptionRequest request, int backfill, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(backfill);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(backfill, MaxBackfill);
        SubscriptionChange? change = null;
        await store.WriteAsync(
            async (connection, transaction) =>
            {
                var now = IsoText.Timestamp(time.GetUtcNow());
                var before = await FindRowAsync(connection, transaction, request.ChannelId);
                var created = before is null || before.State == SubscriptionState.Removed;
                var filters = request.Filters;
                var values = new
                {
                    GuildId = (long)request.GuildId,
                    ChannelId = (long)request.ChannelId,
                    Countries = JsonText.Serialize(filters.Countries),
                    Groups = JsonText.Serialize(filters.Groups),
                    Kinds = JsonText.Serialize(filters.Kinds),
                    filters.MinDeaths,
                    request.Locale,
                    Actor = request.ActorId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Now = now,
                    Revive = created ? 1 : 0,
                };

                // A new (or revived) subscription starts at the newest incident stored: it posts nothing older.
                await connection.ExecuteAsync(
                    """
                    INSERT INTO subscriptions (guild_id, channel_id, countries, groups, kinds, min_deaths, locale, state, reason, error_code,
                        starts_after, created_by, created_at, updated_by, updated_at)
                    VALUES (@GuildId, @ChannelId, @Countries, @Groups, @Kinds, @MinDeaths, @Locale, 'active', NULL, NULL,
                        (SELECT COALESCE(max(rowid), 0) FROM incidents), @Actor, @Now, @Actor, @Now)
                    ON CONFLICT (channel_id) DO UPDATE SET
                        guild_id = excluded.guild_id, countries = excluded.countries, groups = excluded.groups, kinds = excluded.kinds,
                        min_deaths = excluded.min_deaths, locale = excluded.locale, state = 'active', reason = NULL, error_code = NULL,
                        starts_after = CASE WHEN @Revive = 1 THEN excluded.starts_after ELSE subscriptions.starts_after END,
                        created_by = CASE WHEN @Revive = 1 THEN excluded.created_by ELSE subscriptions.created_by END,
                        created_at = CASE WHEN @Revive = 1 THEN excluded.created_at ELSE subscriptions.created_at END,
                        updated_by = excluded.updated_by, updated_at = excluded.updated_at
                    """,
                    values,
                    transaction);
                var after = (await FindRowAsync(connection, transaction, request.ChannelId))!;
                var backfilled = backfill == 0 ? 0 : await connection.ExecuteAsync(
                    BackfillSql, new { SubscriptionId = after.Id, Now = now, Limit = backfill }, transaction);
                await AuditAsync(connection, transaction, request.GuildId, request.ChannelId, request.ActorId, created ? "subscribe" : "update", before, after, backfill == 0 ? null : $"backfill {backfill}", now);
                change = new SubscriptionChange(created, backfilled);
            },
            cancellationToken);
        return change!;
    }

    /// <summary>This server's subscriptions (unsubscribed ones left out), ordered by channel.</summary>
    public async Task<IReadOnlyList<Subscription>> ListAsync(ulong guildId, CancellationToken cancellationToken = default)
    {
        await using var connection = store.OpenReadOnlyConnection();
        var rows = await connection.QueryAsync<SubscriptionRow>(new CommandDefinition(
            SelectSql + " WHERE s.guild_id = @GuildId AND s.state <> 'removed' ORDER BY s.channel_id", new { GuildId = (long)guildId }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToSubscription()).ToList();
    }

    public async Task<Subscription?> FindAsync(ulong channelId, CancellationToken cancellationToken = default)
    {
        await using var connection = store.OpenReadOnlyConnection();
        var row = await connection.QuerySingleOrDefaultAsync<SubscriptionRow>(new CommandDefinition(
            SelectSql + " WHERE s.channel_id = @ChannelId", new { ChannelId = (long)channelId }, cancellationToken: cancellationToken));
        return row?.ToSubscription();
    }

    /// <summary>Unsubscribes the channel; its unsent deliveries are dropped. False when this server has no subscription there.</summary>
    public Task<bool> UnsubscribeAsync(ulong guildId, ulong channelId, ulong actorId, CancellationToken cancellationToken = default) =>
        ChangeStateAsync(guildId, channelId, actorId, "unsubscribe", SubscriptionState.Removed, _ => true, cancellationToken);

    /// <summary>Pauses an active (or Discord-paused) subscription. False when there is none or it is already paused by a moderator.</summary>
    public Task<bool> PauseAsync(ulong guildId, ulong channelId, ulong actorId, CancellationToken cancellationToken = default) =>
        ChangeStateAsync(guildId, channelId, actorId, "pause", SubscriptionState.Paused, state => state != SubscriptionState.Paused, cancellationToken);

    /// <summary>Resumes a paused subscription, clearing Discord's reason; deliveries held while paused are sent. False when it is not paused.</summary>
    public Task<bool> ResumeAsync(ulong guildId, ulong channelId, ulong actorId, CancellationToken cancellationToken = default) =>
        ChangeStateAsync(guildId, channelId, actorId, "resume", SubscriptionState.Active, state => state != SubscriptionState.Active, cancellationToken);

    /// <summary>One audit row for a subscription change; <paramref name="actor"/> is the member's id, or "discord" for the sender.</summary>
    internal static Task AuditAsync(SqliteConnection connection, SqliteTransaction transaction, AuditEntry entry) =>
        connection.ExecuteAsync(
            """
            INSERT INTO audit_log (at, actor, guild_id, action, entity, entity_id, before_json, after_json, reason)
            VALUES (@At, @Actor, @GuildId, @Action, 'subscription', @ChannelId, @Before, @After, @Reason)
            """,
            new
            {
                entry.At,
                entry.Actor,
                GuildId = (long)entry.GuildId,
                entry.Action,
                ChannelId = entry.ChannelId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                entry.Before,
                entry.After,
                entry.Reason,
            },
            transaction);

    private async Task<bool> ChangeStateAsync(ulong guildId, ulong channelId, ulong actorId, string action, string newState, Func<string, bool> allowed, CancellationToken cancellationToken)
    {
        var changed = false;
        await store.WriteAsync(
            async (connection, transaction) =>
            {
                var before = await FindRowAsync(connection, transaction, channelId);
                if (before is null || (ulong)before.GuildId != guildId || before.State == SubscriptionState.Removed || !allowed(before.State))
                {
                    return;
                }

                var now = IsoText.Timestamp(time.GetUtcNow());
                await connection.ExecuteAsync(
                    """
                    UPDATE subscriptions SET state = @State, reason = CASE WHEN @State = 'active' THEN NULL ELSE reason END,
                        error_code = CASE WHEN @State = 'active' THEN NULL ELSE error_code END, updated_by = @Actor, updated_at = @Now
                    WHERE id = @Id
                    """,
                    new { State = newState, Actor = actorId.ToString(System.Globalization.CultureInfo.InvariantCulture), Now = now, before.Id },
                    transaction);
                if (newState == SubscriptionState.Removed)
                {
                    await connection.ExecuteAsync(
                        "UPDATE deliveries SET state = 'skipped', last_error = 'unsubscribed' WHERE subscription_id = @Id AND state IN ('pending', 'sending')",
                        new { before.Id },
                        transaction);
                }

                var after = (await FindRowAsync(connection, transaction, channelId))!;
                await AuditAsync(connection, transaction, guildId, channelId, actorId, action, before, after, null, now);
                changed = true;
            },
            cancellationToken);
        return changed;
    }

    private static Task<SubscriptionRow?> FindRowAsync(SqliteConnection connection, SqliteTransaction transaction, ulong channelId) =>
        connection.QuerySingleOrDefaultAsync<SubscriptionRow>(SelectSql + " WHERE s.channel_id = @ChannelId", new { ChannelId = (long)channelId }, transaction);

    private static Task AuditAsync(SqliteConnection connection, SqliteTransaction transaction, ulong guildId, ulong channelId, ulong actorId, string action, SubscriptionRow? before, SubscriptionRow after, string? reason, string now) =>
        AuditAsync(connection, transaction, new AuditEntry(
            now, actorId.ToString(System.Globalization.CultureInfo.InvariantCulture), guildId, channelId, action, before is null ? null : Snapshot(before), Snapshot(after), reason));

    internal static string Snapshot(SubscriptionRow row) => JsonText.Serialize(new
    {
        state = row.State,
        countries = JsonText.ParseList(row.Countries),
        groups = JsonText.ParseList(row.Groups),
        kinds = JsonText.ParseList(row.Kinds),
        min_deaths = row.MinDeaths,
        locale = row.Locale,
        reason = row.Reason,
    });
}
