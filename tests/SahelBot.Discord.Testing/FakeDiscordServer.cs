using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SahelBot.Discord.Testing.Gateway;
using SahelBot.Discord.Testing.Rest;

namespace SahelBot.Discord.Testing;

/// <summary>
/// A fake Discord on real Kestrel (127.0.0.1, port 0): the REST routes SahelBot calls under <c>/api/v10</c>, with
/// rate-limit headers, request recording and scripted failures, and a gateway websocket at <c>/gateway</c>
/// (<see cref="Gateway"/>). Point <c>Discord:ApiBaseUrl</c> at <see cref="ApiBaseUrl"/> and
/// <c>Discord:GatewayUrlOverride</c> at <see cref="GatewayUrl"/>.
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    private const string ApiPrefix = "/api/v10";

    private readonly WebApplication _app;
    private readonly FakeDiscordOptions _options;
    private readonly FakeBuckets _buckets;
    private readonly IReadOnlyList<FakeRoute> _routes;
    private readonly FakeRestRoutes _rest;
    private readonly FakeGlobalLimit? _globalLimit;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly List<(string Method, string Route, FakeFailure Failure)> _failures = [];
    private readonly object _gate = new();
    private readonly RequestCapture? _capture;
    private event Action? RequestRecorded;

    private FakeDiscordServer(FakeDiscordOptions options)
    {
        _options = options;
        _buckets = new FakeBuckets(options.BucketLimit, options.BucketWindow);
        _rest = new FakeRestRoutes(() => GatewayUrl, () => _options.SessionStartRemaining);
        _routes = _rest.All;
        _globalLimit = options.GlobalLimit is { } perSecond ? new FakeGlobalLimit(perSecond) : null;
        _capture = string.IsNullOrEmpty(options.CaptureDirectory) ? null : new RequestCapture(options.CaptureDirectory);
        Gateway = new FakeGateway(options, () => BaseUri);

        var builder = WebApplication.CreateSlimBuilder();

        // Whatever appsettings or ASPNETCORE_* settings the test process carries must not move the fake off loopback.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.UseWebSockets();
        _app.Run(HandleAsync);
    }

    /// <summary><c>http://127.0.0.1:port</c>.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary><c>http://127.0.0.1:port/api/v10</c>, for <c>DiscordOptions.ApiBaseUrl</c>.</summary>
    public string ApiBaseUrl => BaseUri.ToString().TrimEnd('/') + ApiPrefix;

    /// <summary><c>ws://127.0.0.1:port/gateway</c>, also what GET /gateway/bot answers.</summary>
    public string GatewayUrl => Gateway.Url;

    public FakeGateway Gateway { get; }

    /// <summary>Every REST request received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeDiscordServer> StartAsync(FakeDiscordOptions? options = null)
    {
        var server = new FakeDiscordServer(options ?? new FakeDiscordOptions());
        await server._app.StartAsync().ConfigureAwait(false);
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUri = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return server;
    }

    /// <summary>The next <paramref name="times"/> requests matching <paramref name="method"/> and <paramref name="route"/> (a template such as <c>/channels/{channel_id}/messages</c>, or <c>*</c>) get <paramref name="failure"/>.</summary>
    public void FailNext(string method, string route, FakeFailure failure, int times = 1)
    {
        lock (_gate)
        {
            for (var i = 0; i < times; i++)
            {
                _failures.Add((method, route, failure));
            }
        }
    }

    /// <summary>Every channel message posted so far, as it now reads (edits applied), in creation order.</summary>
    public IReadOnlyList<JsonObject> Messages => _rest.Messages;

    /// <summary>The requests recorded on a route template (e.g. <c>/channels/{channel_id}/messages</c>).</summary>
    public IReadOnlyList<RecordedRequest> RequestsTo(string method, string route) =>
        [.. _requests.Where(r => r.Method == method && r.Route == route)];

    /// <summary>Waits (up to <paramref name="timeout"/>, 10 s by default) until <paramref name="count"/> requests match, and returns the last of them.</summary>
    public async Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> predicate, int count = 1, TimeSpan? timeout = null)
    {
        var signal = new SemaphoreSlim(0);
        void OnRecorded() => signal.Release();
        RequestRecorded += OnRecorded;
        try
        {
            using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
            while (true)
            {
                var matches = _requests.Where(r => r.ResponseStatus != 0 && predicate(r)).ToList();
                if (matches.Count >= count)
                {
                    return matches[count - 1];
                }

                try
                {
                    await signal.WaitAsync(cts.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    throw new TimeoutException($"The fake Discord saw {matches.Count} of {count} expected requests.");
                }
            }
        }
        finally
        {
            RequestRecorded -= OnRecorded;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync().ConfigureAwait(false);
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (context.WebSockets.IsWebSocketRequest && path is FakeGateway.Path or FakeGateway.ResumePath)
        {
            await Gateway.AcceptAsync(context, path == FakeGateway.ResumePath).ConfigureAwait(false);
            return;
        }

        var (body, files, multipart) = await ReadBodyAsync(context.Request).ConfigureAwait(false);
        var method = context.Request.Method;
        var segments = path.StartsWith(ApiPrefix, StringComparison.Ordinal) ? path[ApiPrefix.Length..].Trim('/').Split('/') : [];
        FakeRoute? route = null;
        Dictionary<string, string>? values = null;
        foreach (var candidate in _routes)
        {
            values = candidate.Match(method, segments);
            if (values is not null)
            {
                route = candidate;
                break;
            }
        }

        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(method, path, route?.Template, headers, body, files, multipart);
        _requests.Enqueue(recorded);
        _capture?.Write(recorded);

        var (status, responseBody, responseHeaders, delay) = Answer(route, values, recorded);
        if (delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                recorded.ResponseStatus = 499;
                RequestRecorded?.Invoke();
                return;
            }
        }

        recorded.ResponseStatus = status;
        foreach (var (name, value) in responseHeaders)
        {
            context.Response.Headers[name] = value;
        }

        context.Response.StatusCode = status;
        RequestRecorded?.Invoke();
        if (responseBody is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(responseBody).ConfigureAwait(false);
        }
    }

    private (int Status, string? Body, IReadOnlyDictionary<string, string> Headers, TimeSpan Delay) Answer(FakeRoute? route, Dictionary<string, string>? values, RecordedRequest request)
    {
        var none = new Dictionary<string, string>();
        if (route is null)
        {
            return (404, """{"message":"404: Not Found","code":0}""", none, TimeSpan.Zero);
        }

        if (route.NeedsBotToken && _options.BotToken is { } token && request.Header("Authorization") != "Bot " + token)
        {
            return (401, """{"message":"401: Unauthorized","code":0}""", none, TimeSpan.Zero);
        }

        if (TakeFailure(request.Method, route.Template) is { } failure)
        {
            if (failure.AfterHandling)
            {
                route.Handle(new FakeRouteRequest(values!, request.Body, request.Files));
            }

            return (failure.Status, failure.Body, failure.Headers, failure.Delay);
        }

        // Interaction callbacks and webhooks (keyed by their token) do not count against the global limit.
        if (_globalLimit is not null && route.TopLevelParameter is not ("interaction_id" or "interaction_token") && _globalLimit.Take() is { } globalWait)
        {
            var global = new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = globalWait, ["global"] = true };
            var globalHeaders = new Dictionary<string, string>
            {
                ["X-RateLimit-Global"] = "true",
                ["X-RateLimit-Scope"] = "global",
                ["Retry-After"] = Math.Ceiling(globalWait).ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            return (429, global.ToJsonString(), globalHeaders, TimeSpan.Zero);
        }

        var topLevel = route.TopLevelParameter is { } parameter ? values![parameter] : "";
        var (limitHeaders, exceeded, retryAfter) = _buckets.Take(route.Method, route.Template, topLevel);
        if (exceeded)
        {
            limitHeaders["X-RateLimit-Scope"] = "user";
            limitHeaders["Retry-After"] = Math.Ceiling(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var limited = new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = retryAfter, ["global"] = false };
            return (429, limited.ToJsonString(), limitHeaders, TimeSpan.Zero);
        }

        var (status, body) = route.Handle(new FakeRouteRequest(values!, request.Body, request.Files));
        return (status, body?.ToJsonString(), limitHeaders, TimeSpan.Zero);
    }

    private FakeFailure? TakeFailure(string method, string template)
    {
        lock (_gate)
        {
            var index = _failures.FindIndex(f => f.Method == method && (f.Route == "*" || f.Route == template));
            if (index < 0)
            {
                return null;
            }

            var failure = _failures[index].Failure;
            _failures.RemoveAt(index);
            return failure;
        }
    }

    private static async Task<(JsonNode? Body, IReadOnlyList<RecordedFile> Files, bool Multipart)> ReadBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType && request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true)
        {
            var form = await request.ReadFormAsync().ConfigureAwait(false);
            var payload = form.TryGetValue("payload_json", out var json) ? ParseJson(json.ToString()) : null;
            var files = new List<RecordedFile>();
            foreach (var file in form.Files)
            {
                using var stream = new MemoryStream();
                await file.CopyToAsync(stream).ConfigureAwait(false);
                files.Add(new RecordedFile(file.Name, file.FileName, file.ContentType, stream.ToArray()));
            }

            return (payload, files, true);
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync().ConfigureAwait(false);
        return (text.Length == 0 ? null : ParseJson(text), [], false);
    }

    private static JsonNode? ParseJson(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
