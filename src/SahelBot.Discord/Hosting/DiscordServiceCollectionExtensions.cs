using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SahelBot.Discord.Gateway;
using SahelBot.Discord.Interactions;
using SahelBot.Discord.Rest;

namespace SahelBot.Discord.Hosting;

/// <summary>Wires the Discord layer into a host: options, the REST client, and in gateway mode the gateway service.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="DiscordOptions"/> from the "Discord" section (checked at start-up), registers
    /// <see cref="DiscordRestClient"/> (also as <see cref="IInteractionCallbackClient"/>) and the interaction pipeline;
    /// when <c>Discord:Mode</c> is "gateway", also runs <see cref="GatewayHostedService"/>. The application registers
    /// its <see cref="IInteractionHandler"/>; in "http" mode it maps the interactions endpoint itself.
    /// </summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(DiscordOptions.SectionName);
        services.AddOptions<DiscordOptions>().Bind(section).ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(RestRetryPolicy.Default);
        services.TryAddSingleton(sp => new RestRateLimiter(sp.GetRequiredService<TimeProvider>()));

        // The client is held by singletons (responder, gateway), so connection recycling is left to the primary
        // handler instead of the factory's handler rotation.
        services.AddHttpClient<DiscordRestClient>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.TryAddTransient<IInteractionCallbackClient>(sp => sp.GetRequiredService<DiscordRestClient>());
        services.AddDiscordInteractions();

        var mode = section[nameof(DiscordOptions.Mode)] ?? DiscordOptions.GatewayMode;
        if (string.Equals(mode, DiscordOptions.GatewayMode, StringComparison.OrdinalIgnoreCase))
        {
            services.TryAddSingleton<IGatewayTransport>(sp =>
                new WebSocketGatewayTransport(DiscordRestClient.UserAgentFor(sp.GetRequiredService<IOptions<DiscordOptions>>().Value)));
            services.TryAddSingleton(GatewaySettings.Default);
            services.TryAddSingleton(sp =>
            {
                var rest = sp.GetRequiredService<DiscordRestClient>();
                return new GatewayClient(
                    sp.GetRequiredService<IOptions<DiscordOptions>>(),
                    sp.GetRequiredService<IGatewayTransport>(),
                    rest.GetGatewayBotAsync,
                    sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILogger<GatewayClient>>(),
                    sp.GetRequiredService<GatewaySettings>());
            });
            services.AddHostedService<GatewayHostedService>();
        }

        return services;
    }
}
