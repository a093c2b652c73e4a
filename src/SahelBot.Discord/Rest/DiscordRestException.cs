using System.Net;

namespace SahelBot.Discord.Rest;

/// <summary>
/// A Discord REST call that failed for good. <see cref="Code"/> is Discord's JSON error code (10003 unknown channel,
/// 50001 missing access, 50013 missing permissions, ...), 0 when the body had none. <see cref="Route"/> is the method
/// and route template, never the concrete path, which may hold an interaction token.
/// </summary>
public sealed class DiscordRestException : Exception
{
    public DiscordRestException(HttpStatusCode status, int code, string discordMessage, string route, string? errorsJson = null)
        : base($"Discord answered {(int)status} ({code}: {discordMessage}) to {route}")
    {
        Status = status;
        Code = code;
        DiscordMessage = discordMessage;
        Route = route;
        ErrorsJson = errorsJson;
    }

    public HttpStatusCode Status { get; }

    public int Code { get; }

    public string DiscordMessage { get; }

    public string Route { get; }

    /// <summary>The raw <c>errors</c> object of a 50035 answer, for logs.</summary>
    public string? ErrorsJson { get; }
}
