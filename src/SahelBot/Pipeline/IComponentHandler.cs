using SahelBot.Discord.Models;

namespace SahelBot.Pipeline;

/// <summary>Answers button clicks and modal submits whose custom_id starts with <see cref="Prefix"/> and a colon.</summary>
public interface IComponentHandler
{
    string Prefix { get; }

    Task<InteractionResponse> HandleAsync(ComponentContext context, CancellationToken cancellationToken);
}
