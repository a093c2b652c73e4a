using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SahelBot.Facts.Writes;
using SahelBot.Pipeline;

namespace SahelBot.Features.Moderation;

/// <summary>Registers the Moderation feature's commands, component handlers and services.</summary>
public static class ModerationServices
{
    public static IServiceCollection AddModeration(this IServiceCollection services)
    {
        // The hosted bot has IConfiguration (files, environment, user secrets); the command line does not, so it
        // reads the same Facts:* settings from the environment (Facts__CuratorGuildIds__0=…).
        services.AddOptions<ModerationOptions>().Configure<IServiceProvider>((options, provider) =>
            (provider.GetService<IConfiguration>() ?? new ConfigurationBuilder().AddEnvironmentVariables().Build())
                .GetSection(ModerationOptions.SectionName)
                .Bind(options));
        services.AddSingleton<ModeratorAccess>();
        services.AddSingleton<FactWriter>();
        services.AddSingleton<FactHistory>();
        services.AddSingleton<DuplicateFinder>();
        services.AddSingleton<PendingDrafts>();
        services.AddSingleton<FactReplies>();
        services.AddSingleton<DraftCommitter>();
        services.AddSingleton<ISlashCommand, FactCommand>();
        services.AddSingleton<IComponentHandler, AddIncidentForm>();
        services.AddSingleton<IComponentHandler, DuplicateChoice>();
        return services;
    }
}
