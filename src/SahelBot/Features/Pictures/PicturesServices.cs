using Microsoft.Extensions.DependencyInjection;

namespace SahelBot.Features.Pictures;

/// <summary>Registers the Pictures feature's commands, component handlers and services.</summary>
public static class PicturesServices
{
    public static IServiceCollection AddPictures(this IServiceCollection services) => services;
}
