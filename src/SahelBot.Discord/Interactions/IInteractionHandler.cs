using SahelBot.Discord.Models;

namespace SahelBot.Discord.Interactions;

/// <summary>Turns an interaction into its response; implemented by the application's router. Never talks to the transport.</summary>
public interface IInteractionHandler
{
    Task<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken cancellationToken);
}
