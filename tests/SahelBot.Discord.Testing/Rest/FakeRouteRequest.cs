using System.Text.Json.Nodes;

namespace SahelBot.Discord.Testing.Rest;

internal sealed record FakeRouteRequest(IReadOnlyDictionary<string, string> Values, JsonNode? Body, IReadOnlyList<RecordedFile> Files);
