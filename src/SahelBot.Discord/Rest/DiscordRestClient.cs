using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SahelBot.Discord.Hosting;
using SahelBot.Discord.Interactions;
using SahelBot.Discord.Json;
using SahelBot.Discord.Models;

namespace SahelBot.Discord.Rest;

/// <summary>
/// The Discord REST calls SahelBot makes, through <see cref="RestRateLimiter"/>, with retries for 429, 5xx and
/// timeouts. Failures surface as <see cref="DiscordRestException"/> carrying Discord's JSON error code.
/// </summary>
public sealed class DiscordRestClient : IInteractionCallbackClient
{
    private readonly HttpClient _http;
    private readonly DiscordOptions _options;
    private readonly RestRateLimiter _limiter;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordRestClient> _logger;
    private readonly RestRetryPolicy _retry;
    private readonly string _baseUrl;
    private readonly string _userAgent;

    public DiscordRestClient(
        HttpClient httpClient,
        IOptions<DiscordOptions> options,
        RestRateLimiter rateLimiter,
        TimeProvider timeProvider,
        ILogger<DiscordRestClient> logger,
        RestRetryPolicy? retryPolicy = null)
    {
        _http = httpClient;
        _options = options.Value;
        _limiter = rateLimiter;
        _time = timeProvider;
        _logger = logger;
        _retry = retryPolicy ?? RestRetryPolicy.Default;
        _baseUrl = (string.IsNullOrWhiteSpace(_options.ApiBaseUrl) ? "https://discord.com/api/v10" : _options.ApiBaseUrl).TrimEnd('/');
        _userAgent = UserAgentFor(_options);
    }

    /// <summary>The <c>User-Agent</c> Discord requires: <c>DiscordBot (url, version)</c>.</summary>
    public static string UserAgentFor(DiscordOptions options) =>
        $"DiscordBot ({options.UserAgentUrl}, {options.UserAgentVersion})";

    public Task CreateResponseAsync(ulong interactionId, string token, InteractionResponse response, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        var route = RestRoute.Interaction(
            HttpMethod.Post,
            "/interactions/{interaction_id}/{interaction_token}/callback",
            $"interaction:{interactionId}",
            $"/interactions/{interactionId}/{Escape(token)}/callback");

        RestRequestBody body;
        if (response.Files is { Count: > 0 } files)
        {
            var node = JsonSerializer.SerializeToNode(response, DiscordJson.TypeInfo<InteractionResponse>())!.AsObject();
            if (node["data"] is not JsonObject data)
            {
                data = [];
                node["data"] = data;
            }

            MultipartPayload.EnsureAttachments(data, files);
            body = RestRequestBody.Multipart(Encoding.UTF8.GetBytes(node.ToJsonString(DiscordJson.Options)), files);
        }
        else
        {
            body = RestRequestBody.Json(DiscordJson.SerializeToUtf8Bytes(response));
        }

        return SendAsync(route, body, authorize: false, ct);
    }

    public Task EditOriginalAsync(ulong applicationId, string token, InteractionCallbackData data, IReadOnlyList<FileAttachment>? files, CancellationToken ct) =>
        EditOriginalMessageAsync(applicationId, token, data, files, ct);

    /// <summary>PATCH <c>@original</c>: fills in a deferred response or edits the first one; returns the edited message.</summary>
    public Task<Message> EditOriginalMessageAsync(ulong applicationId, string token, InteractionCallbackData data, IReadOnlyList<FileAttachment>? files, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(data);
        var route = WebhookRoute(HttpMethod.Patch, "/webhooks/{application_id}/{interaction_token}/messages/@original", applicationId, token, "/messages/@original");
        return SendAsync<Message>(route, MessageBody(data, files), authorize: false, ct);
    }

    /// <summary>POST a follow-up message (valid for 15 minutes after the interaction).</summary>
    public Task<Message> CreateFollowupAsync(ulong applicationId, string token, InteractionCallbackData data, IReadOnlyList<FileAttachment>? files, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(data);
        var route = WebhookRoute(HttpMethod.Post, "/webhooks/{application_id}/{interaction_token}", applicationId, token, "");
        return SendAsync<Message>(route, MessageBody(data, files), authorize: false, ct);
    }

    public Task<Message> CreateMessageAsync(ulong channelId, MessageCreateRequest message, IReadOnlyList<FileAttachment>? files, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var route = RestRoute.Channel(HttpMethod.Post, "/channels/{channel_id}/messages", channelId, $"/channels/{channelId}/messages");
        return SendAsync<Message>(route, MessageBody(message, files), authorize: true, ct);
    }

    /// <summary>PATCH a message the bot posted (a correction or retraction); the body replaces the fields it sets.</summary>
    public Task<Message> EditMessageAsync(ulong channelId, ulong messageId, MessageCreateRequest message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var route = RestRoute.Channel(HttpMethod.Patch, "/channels/{channel_id}/messages/{message_id}", channelId, $"/channels/{channelId}/messages/{messageId}");
        return SendAsync<Message>(route, MessageBody(message, null), authorize: true, ct);
    }

    public async Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGlobalCommandsAsync(ulong applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct)
    {
        var route = RestRoute.Application(HttpMethod.Put, "/applications/{application_id}/commands", applicationId, $"/applications/{applicationId}/commands");
        return await SendAsync<List<ApplicationCommand>>(route, CommandsBody(commands), authorize: true, ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGuildCommandsAsync(ulong applicationId, ulong guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct)
    {
        var route = RestRoute.Guild(
            HttpMethod.Put,
            "/applications/{application_id}/guilds/{guild_id}/commands",
            guildId,
            $"/applications/{applicationId}/guilds/{guildId}/commands");
        return await SendAsync<List<ApplicationCommand>>(route, CommandsBody(commands), authorize: true, ct).ConfigureAwait(false);
    }

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken ct)
    {
        var route = RestRoute.Global(HttpMethod.Get, "/gateway/bot", "/gateway/bot");
        return SendAsync<GatewayBotInfo>(route, null, authorize: true, ct);
    }

    private static RestRoute WebhookRoute(HttpMethod method, string template, ulong applicationId, string token, string suffix) =>
        RestRoute.Interaction(method, template, $"webhook:{applicationId}:{token}", $"/webhooks/{applicationId}/{Escape(token)}{suffix}");

    private static string Escape(string token) => Uri.EscapeDataString(token);

    private static RestRequestBody CommandsBody(IReadOnlyList<ApplicationCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        return RestRequestBody.Json(DiscordJson.SerializeToUtf8Bytes<List<ApplicationCommand>>([.. commands]));
    }

    private static RestRequestBody MessageBody<T>(T message, IReadOnlyList<FileAttachment>? files)
    {
        if (files is not { Count: > 0 })
        {
            return RestRequestBody.Json(DiscordJson.SerializeToUtf8Bytes(message));
        }

        var node = JsonSerializer.SerializeToNode(message, DiscordJson.TypeInfo<T>())!.AsObject();
        MultipartPayload.EnsureAttachments(node, files);
        return RestRequestBody.Multipart(Encoding.UTF8.GetBytes(node.ToJsonString(DiscordJson.Options)), files);
    }

    private async Task<T> SendAsync<T>(RestRoute route, RestRequestBody? body, bool authorize, CancellationToken ct)
    {
        using var response = await SendWithRetriesAsync(route, body, authorize, ct).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
        try
        {
            return DiscordJson.Deserialize<T>(bytes)
                ?? throw new DiscordRestException(response.StatusCode, 0, "empty response body", route.Name);
        }
        catch (JsonException ex)
        {
            throw new DiscordRestException(response.StatusCode, 0, $"unreadable response body ({ex.Message})", route.Name);
        }
    }

    private async Task SendAsync(RestRoute route, RestRequestBody? body, bool authorize, CancellationToken ct)
    {
        using var response = await SendWithRetriesAsync(route, body, authorize, ct).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendWithRetriesAsync(RestRoute route, RestRequestBody? body, bool authorize, CancellationToken ct)
    {
        var failures = 0;
        var rateLimited = 0;
        while (true)
        {
            await _limiter.AcquireAsync(route, ct).ConfigureAwait(false);
            HttpResponseMessage response;
            try
            {
                response = await SendOnceAsync(route, body, authorize, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested && ex is HttpRequestException or OperationCanceledException)
            {
                _limiter.Update(route, null);
                if (++failures >= _retry.MaxAttempts)
                {
                    throw new DiscordRestException(default, 0, $"no answer after {failures} attempts ({ex.GetType().Name})", route.Name);
                }

                var delay = _retry.BackoffDelay(failures, Random.Shared.NextDouble());
                _logger.LogWarning("Discord {Route} got no answer ({Error}); retry {Attempt} in {Delay} ms", route.Name, ex.GetType().Name, failures, (int)delay.TotalMilliseconds);
                await Task.Delay(delay, _time, ct).ConfigureAwait(false);
                continue;
            }
            catch
            {
                // Cancelled by the caller (or worse): still hand the slot back, or the bucket would wait for an answer forever.
                _limiter.Update(route, null);
                throw;
            }

            var headers = RateLimitHeaders.Parse(response.Headers);
            _limiter.Update(route, headers);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                var bytes = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var limit = TryRead<RateLimitResponse>(bytes);
                    var retryAfter = limit is { RetryAfter: > 0 } ? TimeSpan.FromSeconds(limit.RetryAfter) : headers.RetryAfter ?? headers.ResetAfter ?? TimeSpan.FromSeconds(1);
                    var global = limit?.Global == true || headers.Global;
                    _limiter.OnRateLimited(route, retryAfter, global);
                    if (++rateLimited > _retry.MaxRateLimitRetries)
                    {
                        throw new DiscordRestException(response.StatusCode, limit?.Code ?? 0, limit?.Message ?? "rate limited", route.Name);
                    }

                    _logger.LogWarning(
                        "Discord rate-limited {Route} ({Scope}); waiting {Delay} ms",
                        route.Name,
                        global ? "global" : headers.Scope ?? "bucket",
                        (int)retryAfter.TotalMilliseconds);
                    continue;
                }

                if ((int)response.StatusCode >= 500 && ++failures < _retry.MaxAttempts)
                {
                    var delay = _retry.BackoffDelay(failures, Random.Shared.NextDouble());
                    _logger.LogWarning("Discord {Route} answered {Status}; retry {Attempt} in {Delay} ms", route.Name, (int)response.StatusCode, failures, (int)delay.TotalMilliseconds);
                    await Task.Delay(delay, _time, ct).ConfigureAwait(false);
                    continue;
                }

                var error = TryRead<DiscordError>(bytes);
                throw new DiscordRestException(
                    response.StatusCode,
                    error?.Code ?? 0,
                    error?.Message is { Length: > 0 } message ? message : response.ReasonPhrase ?? "request failed",
                    route.Name,
                    error?.Errors?.GetRawText());
            }
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(RestRoute route, RestRequestBody? body, bool authorize, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(route.Method, new Uri(_baseUrl + route.Path));
        request.Content = body?.CreateContent();
        request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        if (authorize)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bot " + _options.Token);
        }

        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct);
        attempt.CancelAfter(_retry.AttemptTimeout);
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, attempt.Token).ConfigureAwait(false);
        return response;
    }

    private static T? TryRead<T>(byte[] bytes)
        where T : class
    {
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return DiscordJson.Deserialize<T>(bytes);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
