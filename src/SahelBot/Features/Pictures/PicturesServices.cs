using Microsoft.Extensions.DependencyInjection;
using SahelBot.Facts.Queries;
using SahelBot.Features.Pictures.Geo;
using SahelBot.Pipeline;

namespace SahelBot.Features.Pictures;

/// <summary>Registers the Pictures feature's commands, component handlers and services.</summary>
public static class PicturesServices
{
    public static IServiceCollection AddPictures(this IServiceCollection services)
    {
        services.AddSingleton<TrendQueries>();
        services.AddSingleton<MapQueries>();
        services.AddSingleton(_ => Outlines.Load());
        services.AddSingleton(_ => Gazetteer.Load());
        services.AddSingleton<PlaceFinder>();
        services.AddSingleton<ISlashCommand, TrendCommand>();
        services.AddSingleton<ISlashCommand, MapCommand>();
        return services;
    }
}
