using System.Text.Json.Nodes;

namespace SahelBot.Discord.Tests.Interactions;

/// <summary>
/// When DISCORD_CAPTURE_DIR is set, records each inline response as the callback request Discord would otherwise
/// receive, so it can be checked against the official spec by a separate tool.
/// </summary>
internal static class CallbackCapture
{
    public const string DirectoryVariable = "DISCORD_CAPTURE_DIR";

    public static void Record(ulong interactionId, string token, string responseJson) =>
        Record(Environment.GetEnvironmentVariable(DirectoryVariable), interactionId, token, responseJson);

    public static void Record(string? directory, ulong interactionId, string token, string responseJson)
    {
        if (string.IsNullOrEmpty(directory))
        {
            return;
        }

        Directory.CreateDirectory(directory);
        var capture = new JsonObject
        {
            ["method"] = "POST",
            ["path"] = $"/api/v10/interactions/{interactionId}/{token}/callback",
            ["body"] = JsonNode.Parse(responseJson),
        };
        File.WriteAllText(Path.Combine(directory, $"interaction-callback-{interactionId}-{Guid.NewGuid():N}.json"), capture.ToJsonString());
    }
}
