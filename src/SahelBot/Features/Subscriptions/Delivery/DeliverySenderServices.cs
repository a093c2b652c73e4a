using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SahelBot.Discord.Rest;
using SahelBot.Facts.Queries;
using SahelBot.Facts.Subscriptions;

namespace SahelBot.Features.Subscriptions.Delivery;

/// <summary>
/// Registers the background sender. Only the running bot calls this (BotHost): the CLI shares AddSahelBot and must
/// never post to Discord from <c>exec</c>. Needs AddDiscord for the REST client.
/// </summary>
public static class DeliverySenderServices
{
    public static IServiceCollection AddDeliverySender(this IServiceCollection services)
    {
        services.TryAddSingleton(DeliveryOptions.Default);
        services.TryAddSingleton(sp => new DeliverySender(
            sp.GetRequiredService<DeliveryQueue>(),
            sp.GetRequiredService<IncidentQueries>(),
            sp.GetRequiredService<DiscordRestClient>(),
            sp.GetRequiredService<DeliveryOptions>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DeliverySender>>()));
        services.AddHostedService<DeliveryHostedService>();
        return services;
    }
}
