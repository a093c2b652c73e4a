namespace SahelBot.Discord.Rest;

/// <summary>
/// One REST call's identity for rate limiting: the method and route template (never the concrete path in logs,
/// because interaction and webhook paths carry a token), the concrete path, and the top-level resource that
/// Discord folds into every bucket key.
/// </summary>
public sealed record RestRoute(HttpMethod Method, string Template, string Path, string TopLevelResource, bool ExemptFromGlobalLimit)
{
    /// <summary>Safe to log: method and template only.</summary>
    public string Name => $"{Method.Method} {Template}";

    internal string LimitKey => $"{Method.Method} {Template} {TopLevelResource}";

    public static RestRoute Channel(HttpMethod method, string template, ulong channelId, string path) =>
        new(method, template, path, $"channel:{channelId}", false);

    public static RestRoute Guild(HttpMethod method, string template, ulong guildId, string path) =>
        new(method, template, path, $"guild:{guildId}", false);

    public static RestRoute Application(HttpMethod method, string template, ulong applicationId, string path) =>
        new(method, template, path, $"application:{applicationId}", false);

    public static RestRoute Global(HttpMethod method, string template, string path) =>
        new(method, template, path, "global", false);

    /// <summary>Interaction callback and follow-up routes: keyed by their token and exempt from the global limit.</summary>
    public static RestRoute Interaction(HttpMethod method, string template, string resource, string path) =>
        new(method, template, path, resource, true);
}
