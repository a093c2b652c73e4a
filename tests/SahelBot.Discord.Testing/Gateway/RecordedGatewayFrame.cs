using System.Text.Json.Nodes;

namespace SahelBot.Discord.Testing.Gateway;

/// <summary>A payload the bot sent to the fake gateway; <see cref="Connection"/> counts connections from 1.</summary>
public sealed record RecordedGatewayFrame(int Connection, int Op, JsonNode? D, bool OnResumeUrl);
