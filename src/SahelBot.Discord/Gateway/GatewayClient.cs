using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SahelBot.Discord.Hosting;
using SahelBot.Discord.Json;
using SahelBot.Discord.Models;

namespace SahelBot.Discord.Gateway;

/// <summary>
/// One Discord gateway shard: connects, identifies or resumes, heartbeats, reconnects with backoff, and hands
/// INTERACTION_CREATE (and GUILD_DELETE) dispatches to callbacks. <see cref="RunAsync"/> returns only when cancelled,
/// and throws <see cref="GatewayFatalException"/> on a close code that reconnecting cannot fix.
/// </summary>
public sealed class GatewayClient
{
    private const int OpDispatch = 0;
    private const int OpHeartbeat = 1;
    private const int OpIdentify = 2;
    private const int OpResume = 6;
    private const int OpReconnect = 7;
    private const int OpInvalidSession = 9;
    private const int OpHello = 10;
    private const int OpHeartbeatAck = 11;

    private readonly DiscordOptions _options;
    private readonly IGatewayTransport _transport;
    private readonly Func<CancellationToken, Task<GatewayBotInfo>> _getGatewayBot;
    private readonly TimeProvider _time;
    private readonly ILogger<GatewayClient> _logger;
    private readonly GatewaySettings _settings;
    private readonly GatewayIdentifyLimiter _identifyLimiter;
    private readonly GatewaySendLimiter _sendLimiter;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<Task, bool> _handlers = new();
    private GatewayBotInfo? _gatewayBot;
    private volatile bool _acknowledged;

    public GatewayClient(
        IOptions<DiscordOptions> options,
        IGatewayTransport transport,
        Func<CancellationToken, Task<GatewayBotInfo>> getGatewayBot,
        TimeProvider timeProvider,
        ILogger<GatewayClient> logger,
        GatewaySettings? settings = null)
    {
        _options = options.Value;
        _transport = transport;
        _getGatewayBot = getGatewayBot;
        _time = timeProvider;
        _logger = logger;
        _settings = settings ?? GatewaySettings.Default;
        _identifyLimiter = new GatewayIdentifyLimiter(timeProvider, _settings.IdentifyWindow, logger);
        _sendLimiter = new GatewaySendLimiter(timeProvider, _settings.SendLimit, _settings.SendWindow);
    }

    /// <summary>Called for each INTERACTION_CREATE, off the receive loop so a slow handler never delays heartbeats.</summary>
    public Func<Interaction, CancellationToken, Task>? InteractionCreated { get; set; }

    /// <summary>Called for GUILD_DELETE with the guild id and whether it is only an outage (<c>unavailable</c>) rather than a removal.</summary>
    public Func<ulong, bool, CancellationToken, Task>? GuildDeleted { get; set; }

    public string? SessionId { get; private set; }

    public int? Sequence { get; private set; }

    public string? ResumeGatewayUrl { get; private set; }

    private bool CanResume => SessionId is not null && ResumeGatewayUrl is not null;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var resume = CanResume;
                ConnectionOutcome outcome;
                try
                {
                    var url = resume ? ResumeGatewayUrl! : await GatewayUrlAsync(cancellationToken).ConfigureAwait(false);
                    if (!resume)
                    {
                        // Waiting here, before connecting, keeps a long identify wait from starving heartbeats.
                        await _identifyLimiter.WaitAsync(_gatewayBot?.SessionStartLimit.MaxConcurrency ?? 1, cancellationToken).ConfigureAwait(false);
                    }

                    await _transport.ConnectAsync(WithQuery(url), cancellationToken).ConfigureAwait(false);
                    _logger.LogInformation("Gateway connected ({Mode})", resume ? "resuming" : "new session");
                    outcome = await RunConnectionAsync(resume, cancellationToken).ConfigureAwait(false);
                }
                catch (Rest.DiscordRestException ex) when (ex.Status == System.Net.HttpStatusCode.Unauthorized)
                {
                    throw new GatewayFatalException(4004, "GET /gateway/bot answered 401: the bot token was rejected. Set a valid bot token (Discord:Token) from the Developer Portal.");
                }
                catch (Exception ex) when (ex is WebSocketException or HttpRequestException or IOException or JsonException or Rest.DiscordRestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
                {
                    // Decoding errors leave the socket open; drop it with a resumable code before reconnecting.
                    await CloseQuietlyAsync(GatewayCloseCodes.ClientReconnect).ConfigureAwait(false);
                    outcome = new ConnectionOutcome(CanResume, false, TimeSpan.Zero, $"connection failed ({ex.GetType().Name}: {TokenRedactor.Redact(ex.Message, _options.Token)})");
                }

                if (!outcome.Resume)
                {
                    SessionId = null;
                    Sequence = null;
                    ResumeGatewayUrl = null;
                }

                failures = outcome.ReachedSession ? 0 : failures + 1;
                var delay = outcome.Delay + (failures == 0 ? TimeSpan.Zero : Backoff(failures));
                _logger.LogWarning(
                    "Gateway connection ended: {Reason}; {Next} in {Delay} ms",
                    outcome.Reason,
                    outcome.Resume ? "resuming" : "identifying again",
                    (int)delay.TotalMilliseconds);
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await CloseQuietlyAsync(GatewayCloseCodes.Normal).ConfigureAwait(false);
            throw;
        }
        finally
        {
            await Task.WhenAll(_handlers.Keys).ConfigureAwait(false);
        }
    }

    private TimeSpan Backoff(int failures)
    {
        var exponential = _settings.ReconnectBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failures - 1, 16));
        var capped = Math.Min(exponential, _settings.ReconnectMaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (_settings.NextRandom() / 2)));
    }

    private async Task<string> GatewayUrlAsync(CancellationToken cancellationToken)
    {
        if (_gatewayBot is null || _identifyLimiter.Exhausted)
        {
            try
            {
                _gatewayBot = await _getGatewayBot(cancellationToken).ConfigureAwait(false);
                _identifyLimiter.Refresh(_gatewayBot.SessionStartLimit);
            }
            catch (Exception ex) when (!string.IsNullOrEmpty(_options.GatewayUrlOverride) && ex is not OperationCanceledException)
            {
                _logger.LogWarning("GET /gateway/bot failed ({Error}); using the configured gateway URL", ex.GetType().Name);
            }
        }

        return !string.IsNullOrEmpty(_options.GatewayUrlOverride) ? _options.GatewayUrlOverride : _gatewayBot!.Url;
    }

    private static Uri WithQuery(string url)
    {
        var builder = new UriBuilder(url);
        var query = builder.Query.TrimStart('?');
        builder.Query = (query.Length > 0 ? query + "&" : "") + "v=10&encoding=json";
        return builder.Uri;
    }

    private async Task<ConnectionOutcome> RunConnectionAsync(bool resume, CancellationToken cancellationToken)
    {
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var heartbeatStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reachedSession = false;
        Task heartbeat = Task.CompletedTask;
        _acknowledged = true;
        _sendLimiter.Reset();
        try
        {
            while (true)
            {
                GatewayReceiveResult received;
                try
                {
                    received = await _transport.ReceiveAsync(connection.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    await CloseQuietlyAsync(GatewayCloseCodes.ClientReconnect).ConfigureAwait(false);
                    return new ConnectionOutcome(true, reachedSession, TimeSpan.Zero, "no heartbeat ACK before the next beat (zombie connection)");
                }
                catch (Exception ex) when (ex is WebSocketException or IOException)
                {
                    return new ConnectionOutcome(true, reachedSession, TimeSpan.Zero, $"connection dropped ({ex.Message})");
                }

                if (received.IsClose)
                {
                    return OnClosed(received.CloseCode, reachedSession);
                }

                var payload = DiscordJson.Deserialize<GatewayPayload>(received.Text!);
                if (payload is null)
                {
                    continue;
                }

                if (payload.S is { } sequence)
                {
                    Sequence = sequence;
                }

                switch (payload.Op)
                {
                    case OpHello:
                        var interval = TimeSpan.FromMilliseconds(payload.DataAs<HelloEvent>()?.HeartbeatInterval ?? 41250);
                        if (heartbeat.IsCompleted)
                        {
                            heartbeat = HeartbeatLoopAsync(interval, connection, heartbeatStop.Token);
                        }

                        if (resume && CanResume)
                        {
                            await SendResumeAsync(connection.Token).ConfigureAwait(false);
                        }
                        else
                        {
                            await SendIdentifyAsync(connection.Token).ConfigureAwait(false);
                        }

                        break;
                    case OpHeartbeatAck:
                        _acknowledged = true;
                        break;
                    case OpHeartbeat:
                        await SendHeartbeatAsync(connection.Token).ConfigureAwait(false);
                        break;
                    case OpReconnect:
                        await CloseQuietlyAsync(GatewayCloseCodes.ClientReconnect).ConfigureAwait(false);
                        return new ConnectionOutcome(true, reachedSession, TimeSpan.Zero, "Discord asked for a reconnect (op 7)");
                    case OpInvalidSession:
                        var resumable = payload.D is { ValueKind: JsonValueKind.True };
                        await CloseQuietlyAsync(resumable ? GatewayCloseCodes.ClientReconnect : GatewayCloseCodes.Normal).ConfigureAwait(false);
                        return resumable
                            ? new ConnectionOutcome(true, reachedSession, TimeSpan.Zero, "invalid session, resumable (op 9)")
                            : new ConnectionOutcome(false, reachedSession, TimeSpan.FromSeconds(1 + (4 * _settings.NextRandom())), "invalid session (op 9)");
                    case OpDispatch:
                        reachedSession |= OnDispatch(payload, cancellationToken);
                        break;
                }
            }
        }
        finally
        {
            await heartbeatStop.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);
        }
    }

    private ConnectionOutcome OnClosed(int? closeCode, bool reachedSession)
    {
        if (closeCode is { } code && GatewayCloseCodes.FatalReason(code) is { } reason)
        {
            throw new GatewayFatalException(code, reason);
        }

        var resume = !GatewayCloseCodes.RequiresNewSession(closeCode);
        return new ConnectionOutcome(resume, reachedSession, TimeSpan.Zero, $"closed by Discord with {closeCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no code"}");
    }

    /// <summary>Returns true when the dispatch shows a live session (READY or RESUMED).</summary>
    private bool OnDispatch(GatewayPayload payload, CancellationToken cancellationToken)
    {
        switch (payload.T)
        {
            case "READY":
                var ready = payload.DataAs<ReadyEvent>();
                SessionId = ready?.SessionId;
                ResumeGatewayUrl = string.IsNullOrEmpty(ready?.ResumeGatewayUrl) ? null : ready.ResumeGatewayUrl;
                _logger.LogInformation("Gateway READY (shard {ShardId}/{ShardCount})", _options.ShardId, _options.ShardCount);
                return true;
            case "RESUMED":
                _logger.LogInformation("Gateway session resumed at sequence {Sequence}", Sequence);
                return true;
            case "INTERACTION_CREATE" when InteractionCreated is { } onInteraction && payload.DataAs<Interaction>() is { } interaction:
                Track(() => onInteraction(interaction, cancellationToken), "INTERACTION_CREATE");
                return false;
            case "GUILD_DELETE" when GuildDeleted is { } onGuildDeleted && payload.D is { ValueKind: JsonValueKind.Object } d:
                var guildId = ulong.Parse(d.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
                var unavailable = d.TryGetProperty("unavailable", out var flag) && flag.ValueKind == JsonValueKind.True;
                Track(() => onGuildDeleted(guildId, unavailable, cancellationToken), "GUILD_DELETE");
                return false;
            default:
                _logger.LogDebug("Gateway dispatch {Event} ignored", payload.T);
                return false;
        }
    }

    private void Track(Func<Task> handler, string eventName)
    {
        var task = Task.Run(async () =>
        {
            try
            {
                await handler().ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Shutting down.
            }
            catch (Exception ex)
            {
                _logger.LogError("Handling gateway {Event} failed: {Error}", eventName, TokenRedactor.Redact(ex.GetType().Name + ": " + ex.Message, _options.Token));
            }
        });
        _handlers.TryAdd(task, true);
        task.ContinueWith(t => _handlers.TryRemove(t, out _), TaskScheduler.Default);
    }

    private async Task HeartbeatLoopAsync(TimeSpan interval, CancellationTokenSource connection, CancellationToken stop)
    {
        try
        {
            await Task.Delay(interval * _settings.NextRandom(), _time, stop).ConfigureAwait(false);
            while (true)
            {
                if (!_acknowledged)
                {
                    await connection.CancelAsync().ConfigureAwait(false);
                    return;
                }

                _acknowledged = false;
                await SendHeartbeatAsync(stop).ConfigureAwait(false);
                await Task.Delay(interval, _time, stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended.
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or InvalidOperationException)
        {
            // The receive loop sees the broken connection and reconnects.
        }
    }

    private Task SendHeartbeatAsync(CancellationToken cancellationToken) =>
        SendAsync(GatewayPayload.Create<int?>(OpHeartbeat, Sequence), cancellationToken);

    private Task SendIdentifyAsync(CancellationToken cancellationToken)
    {
        var token = _options.Token.StartsWith("Bot ", StringComparison.Ordinal) ? _options.Token[4..] : _options.Token;
        var identify = new IdentifyPayload
        {
            Token = token,
            Intents = _settings.Intents,
            Properties = new IdentifyConnectionProperties { Os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux", Browser = "SahelBot.Discord", Device = "SahelBot.Discord" },
            Shard = [_options.ShardId, Math.Max(1, _options.ShardCount)],
        };
        return SendAsync(GatewayPayload.Create(OpIdentify, identify), cancellationToken);
    }

    private Task SendResumeAsync(CancellationToken cancellationToken)
    {
        var token = _options.Token.StartsWith("Bot ", StringComparison.Ordinal) ? _options.Token[4..] : _options.Token;
        var resume = new ResumePayload { Token = token, SessionId = SessionId!, Seq = Sequence ?? 0 };
        return SendAsync(GatewayPayload.Create(OpResume, resume), cancellationToken);
    }

    private async Task SendAsync(GatewayPayload payload, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _sendLimiter.WaitAsync(cancellationToken).ConfigureAwait(false);
            await _transport.SendAsync(DiscordJson.Serialize(payload), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task CloseQuietlyAsync(int code)
    {
        try
        {
            await _transport.CloseAsync(code, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or InvalidOperationException)
        {
            // Already gone.
        }
    }
}
