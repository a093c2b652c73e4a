using System.Globalization;
using System.Text.Json.Nodes;

namespace SahelBot.Discord.Testing.Rest;

/// <summary>The REST routes SahelBot calls, answered the way Discord answers them.</summary>
internal sealed class FakeRestRoutes(Func<string> gatewayUrl, Func<int> sessionStartRemaining)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, JsonObject> _messagesByNonce = [];
    private readonly Dictionary<string, JsonObject> _messagesById = [];
    private long _nextId = 1_300_000_000_000_000_000;

    public IReadOnlyList<FakeRoute> All =>
    [
        new("POST", "/interactions/{interaction_id}/{interaction_token}/callback", "interaction_id", false, _ => (204, null)),
        new("PATCH", "/webhooks/{application_id}/{interaction_token}/messages/@original", "interaction_token", false, r => (200, MessageFrom(r, null))),
        new("POST", "/webhooks/{application_id}/{interaction_token}", "interaction_token", false, r => (200, MessageFrom(r, null))),
        new("POST", "/channels/{channel_id}/messages", "channel_id", true, CreateMessage),
        new("PATCH", "/channels/{channel_id}/messages/{message_id}", "channel_id", true, EditMessage),
        new("PUT", "/applications/{application_id}/commands", "application_id", true, r => (200, CommandsFrom(r))),
        new("PUT", "/applications/{application_id}/guilds/{guild_id}/commands", "guild_id", true, r => (200, CommandsFrom(r))),
        new("GET", "/gateway/bot", null, true, _ => (200, GatewayBot())),
        new("GET", "/gateway", null, false, _ => (200, new JsonObject { ["url"] = gatewayUrl() })),
    ];

    private (int, JsonNode?) CreateMessage(FakeRouteRequest request)
    {
        var channelId = request.Values["channel_id"];
        var nonce = request.Body?["nonce"]?.ToString();
        var enforce = request.Body?["enforce_nonce"]?.GetValue<bool>() == true;
        lock (_gate)
        {
            // Discord returns the earlier message instead of posting a duplicate when enforce_nonce is set.
            if (enforce && nonce is not null && _messagesByNonce.TryGetValue(channelId + ":" + nonce, out var existing))
            {
                return (200, existing.DeepClone());
            }

            var message = MessageFrom(request, channelId);
            if (enforce && nonce is not null)
            {
                _messagesByNonce[channelId + ":" + nonce] = (JsonObject)message.DeepClone();
            }

            _messagesById[(string)message["id"]!] = (JsonObject)message.DeepClone();
            return (200, message);
        }
    }

    /// <summary>Every channel message created so far, as it now reads (edits applied), in creation order.</summary>
    public IReadOnlyList<JsonObject> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messagesById.Values.OrderBy(m => long.Parse((string)m["id"]!, CultureInfo.InvariantCulture)).Select(m => (JsonObject)m.DeepClone())];
            }
        }
    }

    private (int, JsonNode?) EditMessage(FakeRouteRequest request)
    {
        lock (_gate)
        {
            if (!_messagesById.TryGetValue(request.Values["message_id"], out var message) || (string?)message["channel_id"] != request.Values["channel_id"])
            {
                return (404, new JsonObject { ["message"] = "Unknown Message", ["code"] = 10008 });
            }

            foreach (var (name, value) in request.Body as JsonObject ?? [])
            {
                if (name is "content" or "embeds" or "components" or "flags" or "attachments")
                {
                    message[name] = value?.DeepClone();
                }
            }

            message["edited_timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            foreach (var key in _messagesByNonce.Where(p => (string?)p.Value["id"] == (string?)message["id"]).Select(p => p.Key).ToList())
            {
                _messagesByNonce[key] = (JsonObject)message.DeepClone();
            }

            return (200, message.DeepClone());
        }
    }

    private JsonObject MessageFrom(FakeRouteRequest request, string? channelId)
    {
        var message = request.Body?.DeepClone() as JsonObject ?? [];
        message["id"] = NextId();
        message["channel_id"] = channelId ?? "0";
        message["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        message.Remove("enforce_nonce");
        message.Remove("allowed_mentions");
        if (request.Files.Count > 0)
        {
            var attachments = new JsonArray();
            foreach (var file in request.Files)
            {
                attachments.Add(new JsonObject { ["id"] = NextId(), ["filename"] = file.FileName, ["size"] = file.Content.Length });
            }

            message["attachments"] = attachments;
        }

        return message;
    }

    private JsonArray CommandsFrom(FakeRouteRequest request)
    {
        var commands = request.Body?.DeepClone() as JsonArray ?? [];
        foreach (var command in commands.OfType<JsonObject>())
        {
            command["id"] = NextId();
            command["application_id"] = request.Values.GetValueOrDefault("application_id");
            command["version"] = NextId();
            if (request.Values.TryGetValue("guild_id", out var guildId))
            {
                command["guild_id"] = guildId;
            }
        }

        return commands;
    }

    private JsonObject GatewayBot() => new()
    {
        ["url"] = gatewayUrl(),
        ["shards"] = 1,
        ["session_start_limit"] = new JsonObject
        {
            ["total"] = 1000,
            ["remaining"] = sessionStartRemaining(),
            ["reset_after"] = 14_400_000,
            ["max_concurrency"] = 1,
        },
    };

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
}
