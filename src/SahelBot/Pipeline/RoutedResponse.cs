using SahelBot.Discord.Models;

namespace SahelBot.Pipeline;

/// <summary>The response for Discord, and whether it refuses the request (bad input, unknown id, internal failure).</summary>
public sealed record RoutedResponse(InteractionResponse Response, bool Refused);
