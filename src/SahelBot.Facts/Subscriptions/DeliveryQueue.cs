using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace SahelBot.Facts.Subscriptions;

/// <summary>
/// The sender's side of the deliveries table: claim what is due, then record what Discord said. The row is the
/// truth: a claim is written before the message is sent, so after a crash the same message (same nonce) is sent
/// again rather than lost. One sending process per store (SQLite); a server database would claim with SKIP LOCKED.
/// </summary>
public sealed class DeliveryQueue(FactStore store, TimeProvider time)
{
    /// <summary>More new incidents than this for one channel in one claim become a digest.</summary>
    public const int DigestThreshold = 5;

    /// <summary>Incidents listed in one digest message, so it stays inside Discord's embed limits.</summary>
    public const int DigestSize = 20;

    private const string DueSql = """
        SELECT d.id AS Id, d.incident_id AS IncidentId, d.channel_id AS ChannelId, s.guild_id AS GuildId, s.locale AS Locale,
               d.nonce AS Nonce, d.attempts AS Attempts
        FROM deliveries d
        JOIN subscriptions s ON s.id = d.subscription_id
        WHERE d.state = 'pending' AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= @Now) AND s.state = 'active'
        ORDER BY d.id
        LIMIT @Limit
        """;

    /// <summary>Deliveries a dead process left in flight go back to the queue with their nonce, to be sent again first.</summary>
    public async Task<int> RequeueInFlightAsync(CancellationToken cancellationToken = default)
    {
        var count = 0;
        await store.WriteAsync(
            async (connection, transaction) =>
                count = await connection.ExecuteAsync("UPDATE deliveries SET state = 'pending', next_attempt_at = NULL WHERE state = 'sending'", transaction: transaction),
            cancellationToken);
        return count;
    }

    /// <summary>Claims up to <paramref name="maxDeliveries"/> due deliveries as messages: per channel, more than five new ones make digests.</summary>
    public async Task<IReadOnlyList<DeliveryClaim>> ClaimAsync(int maxDeliveries, CancellationToken cancellationToken = default)
    {
        var claims = new List<DeliveryClaim>();
        await store.WriteAsync(
            async (connection, transaction) =>
            {
                claims.Clear();
                var due = (await connection.QueryAsync<DeliveryRow>(DueSql, new { Now = Now(), Limit = maxDeliveries }, transaction)).ToList();
                foreach (var channel in due.GroupBy(d => d.ChannelId))
                {
                    claims.AddRange(ClaimsFor(channel.ToList()));
                }

                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = """
                    UPDATE deliveries SET state = 'sending', attempts = attempts + 1, nonce = @Nonce
                    WHERE incident_id = @IncidentId AND channel_id = @ChannelId AND state = 'pending'
                    """;
                var nonce = command.Parameters.Add("@Nonce", SqliteType.Text);
                var incident = command.Parameters.Add("@IncidentId", SqliteType.Text);
                var channelId = command.Parameters.Add("@ChannelId", SqliteType.Integer);
                foreach (var claim in claims)
                {
                    foreach (var id in claim.IncidentIds)
                    {
                        nonce.Value = claim.Nonce;
                        incident.Value = id;
                        channelId.Value = (long)claim.ChannelId;
                        await command.ExecuteNonQueryAsync(cancellationToken);
                    }
                }
            },
            cancellationToken);
        return claims;
    }

    /// <summary>Posted: the message id and the incident versions the message shows (a newer version marks it for editing).</summary>
    public Task RecordPostedAsync(DeliveryClaim claim, ulong messageId, IReadOnlyDictionary<string, int> shownVersions, CancellationToken cancellationToken = default) =>
        ForEachIncidentAsync(
            claim,
            """
            UPDATE deliveries SET state = 'posted', message_id = @MessageId, posted_at = @Now, posted_version = @Version,
                needs_edit = CASE WHEN @Version IS NULL OR (SELECT version FROM incidents WHERE id = @IncidentId) <> @Version THEN 1 ELSE 0 END,
                last_error = NULL, last_error_code = NULL
            WHERE incident_id = @IncidentId AND channel_id = @ChannelId AND state = 'sending'
            """,
            id => new { MessageId = (long)messageId, Version = shownVersions.TryGetValue(id, out var v) ? v : (int?)null },
            cancellationToken);

    /// <summary>A transient failure: back in the queue at <paramref name="nextAttempt"/>, the reason kept.</summary>
    public Task RecordRetryAsync(DeliveryClaim claim, int errorCode, string error, DateTimeOffset nextAttempt, CancellationToken cancellationToken = default) =>
        ForEachIncidentAsync(
            claim,
            """
            UPDATE deliveries SET state = 'pending', next_attempt_at = @Next, last_error_code = @Code, last_error = @Error
            WHERE incident_id = @IncidentId AND channel_id = @ChannelId AND state = 'sending'
            """,
            _ => new { Next = IsoText.Timestamp(nextAttempt), Code = errorCode, Error = error },
            cancellationToken);

    /// <summary>Given up: the delivery stays failed with Discord's code and message.</summary>
    public Task RecordFailedAsync(DeliveryClaim claim, int errorCode, string error, CancellationToken cancellationToken = default) =>
        ForEachIncidentAsync(
            claim,
            """
            UPDATE deliveries SET state = 'failed', last_error_code = @Code, last_error = @Error
            WHERE incident_id = @IncidentId AND channel_id = @ChannelId AND state = 'sending'
            """,
            _ => new { Code = errorCode, Error = error },
            cancellationToken);

    /// <summary>Not to be posted after all (retracted or withdrawn before it went out).</summary>
    public Task RecordSkippedAsync(DeliveryClaim claim, string reason, CancellationToken cancellationToken = default) =>
        ForEachIncidentAsync(
            claim,
            "UPDATE deliveries SET state = 'skipped', last_error = @Error WHERE incident_id = @IncidentId AND channel_id = @ChannelId AND state = 'sending'",
            _ => new { Error = reason },
            cancellationToken);

    /// <summary>
    /// Discord refused the channel (10003 unknown channel, 50001 missing access, 50013 missing permissions): the
    /// subscription pauses with Discord's reason, and the message waits, unsent, for a moderator to resume.
    /// </summary>
    public async Task PauseForDiscordAsync(DeliveryClaim claim, int errorCode, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await store.WriteAsync(
            async (connection, transaction) =>
            {
                var now = Now();
                foreach (var id in claim.IncidentIds)
                {
                    await connection.ExecuteAsync(
                        """
                        UPDATE deliveries SET state = 'pending', next_attempt_at = NULL, last_error_code = @Code, last_error = @Reason
                        WHERE incident_id = @IncidentId AND channel_id = @ChannelId AND state = 'sending'
                        """,
                        new { Code = errorCode, Reason = reason, IncidentId = id, ChannelId = (long)claim.ChannelId },
                        transaction);
                }

                var changed = await connection.ExecuteAsync(
                    """
                    UPDATE subscriptions SET state = 'discord_paused', reason = @Reason, error_code = @Code, updated_by = 'discord', updated_at = @Now
                    WHERE channel_id = @ChannelId AND state = 'active'
                    """,
                    new { Reason = reason, Code = errorCode, Now = now, ChannelId = (long)claim.ChannelId },
                    transaction);
                if (changed > 0)
                {
                    await SubscriptionStore.AuditAsync(connection, transaction, new AuditEntry(
                        now, "discord", claim.GuildId, claim.ChannelId, "discord-pause", null, null, $"{errorCode}: {reason}"));
                }
            },
            cancellationToken);
    }

    /// <summary>Posted messages whose incidents were corrected or retracted since, one per message (a digest lists all its incidents).</summary>
    public async Task<IReadOnlyList<MessageEdit>> PendingEditsAsync(int maxMessages, CancellationToken cancellationToken = default)
    {
        await using var connection = store.OpenReadOnlyConnection();
        var rows = await connection.QueryAsync<DeliveryRow>(new CommandDefinition(
            """
            SELECT d.id AS Id, d.incident_id AS IncidentId, d.channel_id AS ChannelId, s.guild_id AS GuildId, s.locale AS Locale,
                   d.nonce AS Nonce, d.attempts AS Attempts, d.message_id AS MessageId
            FROM deliveries d
            JOIN subscriptions s ON s.id = d.subscription_id
            WHERE d.message_id IN (SELECT message_id FROM deliveries WHERE needs_edit = 1 AND message_id IS NOT NULL LIMIT @Limit)
            ORDER BY d.message_id, d.id
            """,
            new { Limit = maxMessages },
            cancellationToken: cancellationToken));
        return rows.GroupBy(r => r.MessageId!.Value)
            .Select(g =>
            {
                var first = g.First();
                return new MessageEdit((ulong)first.GuildId, (ulong)first.ChannelId, (ulong)g.Key, first.Locale, g.Select(r => r.IncidentId).ToList(), first.Nonce?.StartsWith('g') == true);
            })
            .ToList();
    }

    /// <summary>The message now shows these versions; an incident changed again meanwhile stays marked.</summary>
    public async Task RecordEditedAsync(MessageEdit edit, IReadOnlyDictionary<string, int> shownVersions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        await store.WriteAsync(
            async (connection, transaction) =>
            {
                foreach (var id in edit.IncidentIds)
                {
                    int? version = shownVersions.TryGetValue(id, out var v) ? v : null;
                    await connection.ExecuteAsync(
                        """
                        UPDATE deliveries SET posted_version = @Version,
                            needs_edit = CASE WHEN @Version IS NULL OR (SELECT version FROM incidents WHERE id = @IncidentId) <> @Version THEN 1 ELSE 0 END
                        WHERE message_id = @MessageId AND incident_id = @IncidentId
                        """,
                        new { Version = version, IncidentId = id, MessageId = (long)edit.MessageId },
                        transaction);
                }
            },
            cancellationToken);
    }

    /// <summary>The message cannot be edited any more (deleted, channel gone): stop trying, keep the reason.</summary>
    public Task AbandonEditAsync(MessageEdit edit, int errorCode, string error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return store.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(
                "UPDATE deliveries SET needs_edit = 0, last_error_code = @Code, last_error = @Error WHERE message_id = @MessageId",
                new { Code = errorCode, Error = "edit: " + error, MessageId = (long)edit.MessageId },
                transaction),
            cancellationToken);
    }

    /// <summary>Deliveries for <c>sahelbot deliveries</c>: all, or only those in <paramref name="states"/>; newest first.</summary>
    public async Task<IReadOnlyList<DeliveryListing>> ListAsync(IReadOnlyCollection<string>? states, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = store.OpenReadOnlyConnection();
        var filter = states is { Count: > 0 } ? "WHERE d.state IN (SELECT value FROM json_each(@States))" : "";
        var rows = await connection.QueryAsync<ListingRow>(new CommandDefinition(
            $"""
            SELECT d.id AS Id, d.incident_id AS IncidentId, d.channel_id AS ChannelId, d.state AS State, d.attempts AS Attempts,
                   d.next_attempt_at AS NextAttemptAt, d.last_error_code AS LastErrorCode, d.last_error AS LastError,
                   d.message_id AS MessageId, d.posted_at AS PostedAt, s.state AS SubscriptionState, s.reason AS SubscriptionReason
            FROM deliveries d
            JOIN subscriptions s ON s.id = d.subscription_id
            {filter}
            ORDER BY d.id DESC
            LIMIT @Limit
            """,
            new { States = JsonText.Serialize(states ?? []), Limit = limit },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToListing()).ToList();
    }

    private static List<DeliveryClaim> ClaimsFor(List<DeliveryRow> rows)
    {
        var claims = new List<DeliveryClaim>();
        var first = rows[0];
        var channelId = (ulong)first.ChannelId;

        // Claimed before (a retry, or in flight when the process died): the same grouping under the same nonce.
        foreach (var again in rows.Where(r => r.Nonce is not null).GroupBy(r => r.Nonce!))
        {
            claims.Add(new DeliveryClaim(again.Key, (ulong)first.GuildId, channelId, first.Locale, again.Select(r => r.IncidentId).ToList(), (int)again.Max(r => r.Attempts)));
        }

        var fresh = rows.Where(r => r.Nonce is null).Select(r => r.IncidentId).ToList();
        if (fresh.Count > DigestThreshold)
        {
            foreach (var chunk in fresh.Chunk(DigestSize))
            {
                claims.Add(new DeliveryClaim(DeliveryNonce.ForDigest(chunk, channelId), (ulong)first.GuildId, channelId, first.Locale, chunk, 0));
            }
        }
        else
        {
            claims.AddRange(fresh.Select(id => new DeliveryClaim(DeliveryNonce.ForIncident(id, channelId), (ulong)first.GuildId, channelId, first.Locale, [id], 0)));
        }

        return claims;
    }

    private Task ForEachIncidentAsync(DeliveryClaim claim, string sql, Func<string, object> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return store.WriteAsync(
            async (connection, transaction) =>
            {
                var now = Now();
                foreach (var id in claim.IncidentIds)
                {
                    var parameters = new DynamicParameters(values(id));
                    parameters.Add("IncidentId", id);
                    parameters.Add("ChannelId", (long)claim.ChannelId);
                    parameters.Add("Now", now);
                    await connection.ExecuteAsync(sql, parameters, transaction);
                }
            },
            cancellationToken);
    }

    private string Now() => IsoText.Timestamp(time.GetUtcNow());

    private sealed class ListingRow
    {
        public long Id { get; init; }

        public string IncidentId { get; init; } = "";

        public long ChannelId { get; init; }

        public string State { get; init; } = "";

        public long Attempts { get; init; }

        public string? NextAttemptAt { get; init; }

        public long? LastErrorCode { get; init; }

        public string? LastError { get; init; }

        public long? MessageId { get; init; }

        public string? PostedAt { get; init; }

        public string SubscriptionState { get; init; } = "";

        public string? SubscriptionReason { get; init; }

        public DeliveryListing ToListing() => new(
            Id, IncidentId, (ulong)ChannelId, State, (int)Attempts, NextAttemptAt, LastErrorCode is { } c ? (int)c : null, LastError,
            MessageId is { } m ? (ulong)m : null, PostedAt, SubscriptionState, SubscriptionReason);
    }
}
