using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SahelBot.Discord.Hosting;

namespace SahelBot.Discord.Interactions;

/// <summary>Registers what the interaction pipeline needs; the application adds its <see cref="IInteractionHandler"/>, the REST layer its <see cref="IInteractionCallbackClient"/>.</summary>
public static class InteractionServiceCollectionExtensions
{
    public static IServiceCollection AddDiscordInteractions(this IServiceCollection services, Action<DiscordInteractionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DiscordInteractionOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        // The verifier is built from DiscordOptions.PublicKey, so those options must be checked wherever this runs.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<InteractionResponder>();
        services.TryAddSingleton(sp => new InteractionSignatureVerifier(
            sp.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey,
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
