using System.Text.Json.Nodes;
using SahelBot.Discord.Json;
using SahelBot.Discord.Models;

namespace SahelBot.Tests.Support;

/// <summary>
/// When DISCORD_CAPTURE_DIR is set, records each response the router produced as the callback POST Discord
/// would receive, so ../shared/tools/discord-spec-check can validate it against the official spec.
/// </summary>
public static class CaptureDirectory
{
    public static void RecordCallback(Interaction interaction, InteractionResponse response)
    {
        var folder = Environment.GetEnvironmentVariable("DISCORD_CAPTURE_DIR");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var record = new JsonObject
        {
            ["method"] = "POST",
            ["path"] = $"/api/v10/interactions/{interaction.Id}/{interaction.Token}/callback",
            ["body"] = JsonNode.Parse(DiscordJson.Serialize(response)),
        };
        File.WriteAllText(Path.Combine(folder, $"app-callback-{interaction.Id}-{Guid.NewGuid():N}.json"), record.ToJsonString());
    }
}
