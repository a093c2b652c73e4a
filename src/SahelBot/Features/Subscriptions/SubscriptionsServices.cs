using Microsoft.Extensions.DependencyInjection;
using SahelBot.Facts.Subscriptions;
using SahelBot.Pipeline;

namespace SahelBot.Features.Subscriptions;

/// <summary>Registers the Subscriptions feature's commands, component handlers and services.</summary>
public static class SubscriptionsServices
{
    public static IServiceCollection AddSubscriptions(this IServiceCollection services)
    {
        services.AddSingleton<SubscriptionStore>();
        services.AddSingleton<DeliveryQueue>();
        services.AddSingleton<SubscriptionFilterParser>();
        services.AddSingleton<SubscriptionFilterWords>();
        services.AddSingleton<ListAutocomplete>();
        services.AddSingleton<ISlashCommand, SubscribeCommand>();
        services.AddSingleton<ISlashCommand, SubscriptionsCommand>();
        services.AddSingleton<ISlashCommand, UnsubscribeCommand>();
        services.AddSingleton<ISlashCommand, SubscriptionCommand>();
        return services;
    }
}
