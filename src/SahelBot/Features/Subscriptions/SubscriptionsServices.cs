using Microsoft.Extensions.DependencyInjection;

namespace SahelBot.Features.Subscriptions;

/// <summary>Registers the Subscriptions feature's commands, component handlers and services.</summary>
public static class SubscriptionsServices
{
    public static IServiceCollection AddSubscriptions(this IServiceCollection services) => services;
}
