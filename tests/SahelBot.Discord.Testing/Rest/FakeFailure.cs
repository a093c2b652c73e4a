namespace SahelBot.Discord.Testing.Rest;

/// <summary>A scripted answer the fake gives instead of the normal one.</summary>
public sealed record FakeFailure(int Status, string Body, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>How long the fake stalls before answering; long enough and the client's attempt times out.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>When set, the fake does the request's work first (creates the message) and then gives this answer: a lost response.</summary>
    public bool AfterHandling { get; init; }

    /// <summary>Creates the message, then stalls past the client's timeout: the client cannot know it was posted.</summary>
    public static FakeFailure LostResponse(TimeSpan delay) => Stall(delay) with { AfterHandling = true };

    /// <summary>Answers normally-looking 200 only after <paramref name="delay"/>, to provoke client timeouts.</summary>
    public static FakeFailure Stall(TimeSpan delay) => new(200, "{}", new Dictionary<string, string>()) { Delay = delay };

    public static FakeFailure RateLimited(double retryAfterSeconds, bool global = false)
    {
        var seconds = retryAfterSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>
        {
            ["Retry-After"] = Math.Ceiling(retryAfterSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["X-RateLimit-Scope"] = global ? "global" : "user",
        };
        if (global)
        {
            headers["X-RateLimit-Global"] = "true";
        }

        var body = $$"""{"message":"You are being rate limited.","retry_after":{{seconds}},"global":{{(global ? "true" : "false")}}}""";
        return new FakeFailure(429, body, headers);
    }

    public static FakeFailure ServerError(int status = 500) =>
        new(status, $$"""{"message":"{{status}}: Internal Server Error","code":0}""", new Dictionary<string, string>());

    /// <summary>A Discord JSON error, e.g. <c>DiscordError(403, 50013, "Missing Permissions")</c>.</summary>
    public static FakeFailure DiscordError(int status, int code, string message) =>
        new(status, new System.Text.Json.Nodes.JsonObject { ["message"] = message, ["code"] = code }.ToJsonString(), new Dictionary<string, string>());
}
