using System.Text.Json;

namespace SahelBot.Discord.Models;

/// <summary>JSON error body of a failed REST call.</summary>
public sealed class DiscordError
{
    public int Code { get; init; }

    public string Message { get; init; } = "";

    /// <summary>Per-field errors, nested by JSON path down to <c>_errors</c> arrays.</summary>
    public JsonElement? Errors { get; init; }
}
