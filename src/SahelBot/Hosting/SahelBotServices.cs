using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SahelBot.Discord.Interactions;
using SahelBot.Facts;
using SahelBot.Facts.Queries;
using SahelBot.Features.About;
using SahelBot.Features.Ask;
using SahelBot.Features.Attacks;
using SahelBot.Features.Common;
using SahelBot.Features.Deployments;
using SahelBot.Features.Groups;
using SahelBot.Features.Incidents;
using SahelBot.Features.Moderation;
using SahelBot.Features.Pictures;
using SahelBot.Features.Subscriptions;
using SahelBot.Pipeline;

namespace SahelBot.Hosting;

/// <summary>Registers the fact store, every feature and the router: the same graph serves Discord and the command line.</summary>
public static class SahelBotServices
{
    public static IServiceCollection AddSahelBot(this IServiceCollection services, string databasePath)
    {
        // Opening applies any pending migration, so a writable copy made by an older release is brought up to date.
        services.AddSingleton(_ => FactStore.OpenOrCreate(databasePath));
        services.AddSingleton<CountryQueries>();
        services.AddSingleton<GroupQueries>();
        services.AddSingleton<IncidentQueries>();
        services.AddSingleton<DeploymentQueries>();
        services.AddSingleton<FactSearch>();
        services.AddSingleton<StatsQueries>();
        services.TryAddSingleton<TrendQueries>();
        services.AddSingleton<FactResolver>();
        services.AddSingleton<Suggestions>();
        services.AddSingleton<AttacksPage>();
        services.AddSingleton(TimeProvider.System);

        services.AddSingleton<ISlashCommand, AttacksCommand>();
        services.AddSingleton<ISlashCommand, IncidentCommand>();
        services.AddSingleton<ISlashCommand, GroupCommand>();
        services.AddSingleton<ISlashCommand, DeploymentsCommand>();
        services.AddSingleton<ISlashCommand, AskCommand>();
        services.AddSingleton<ISlashCommand, AboutCommand>();
        services.AddSingleton<IComponentHandler, AttacksPager>();
        services.AddModeration();
        services.AddSubscriptions();
        services.AddPictures();

        services.AddSingleton<InteractionRouter>();
        services.AddSingleton<IInteractionHandler>(sp => sp.GetRequiredService<InteractionRouter>());
        return services;
    }
}
