using SahelBot.Discord.Models;

namespace SahelBot.Discord.Interactions;

/// <summary>Policy of <see cref="InteractionResponder"/>.</summary>
public sealed class DiscordInteractionOptions
{
    /// <summary>
    /// How long a handler may run before the interaction is deferred. Discord invalidates the token 3 s after receipt;
    /// gateway deployments, which still need a REST round trip to defer, may want less.
    /// </summary>
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(2.5);

    /// <summary>Text shown (ephemerally where possible) when a handler fails; the application may localize it by <see cref="Interaction.Locale"/>.</summary>
    public Func<Interaction, string> ErrorMessage { get; set; } = _ => "Something went wrong. Please try again later.";

    /// <summary>Largest request body the HTTP endpoint reads; interactions are a few KiB.</summary>
    public int MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
