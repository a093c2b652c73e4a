using Microsoft.Extensions.DependencyInjection;

namespace SahelBot.Features.Moderation;

/// <summary>Registers the Moderation feature's commands, component handlers and services.</summary>
public static class ModerationServices
{
    public static IServiceCollection AddModeration(this IServiceCollection services) => services;
}
