using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SahelBot.Discord.Hosting;
using SahelBot.Discord.Interactions;
using SahelBot.Facts;
using SahelBot.Features.Subscriptions.Delivery;

namespace SahelBot.Hosting;

/// <summary>
/// The running bot on the generic host: the features, the Discord transport chosen by <c>Discord:Mode</c>,
/// a health endpoint, and logs that never carry the token.
/// </summary>
public static class BotHost
{
    public static WebApplication Build(string databasePath, string[]? configurationArgs = null, Action<IConfigurationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = configurationArgs ?? [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddUserSecrets(typeof(BotHost).Assembly, optional: true);
        configure?.Invoke(builder.Configuration);
        builder.Logging.ClearProviders();
        builder.Logging.AddRedactedConsole(builder.Configuration);

        builder.Services.AddSahelBot(databasePath);
        builder.Services.AddDiscord(builder.Configuration);
        builder.Services.AddDeliverySender();

        var app = builder.Build();
        app.MapGet("/health", (FactStore store) => Health(store));
        if (string.Equals(builder.Configuration[$"{DiscordOptions.SectionName}:Mode"], DiscordOptions.HttpMode, StringComparison.OrdinalIgnoreCase))
        {
            app.MapDiscordInteractions("/interactions");
        }

        return app;
    }

    private static IResult Health(FactStore store)
    {
        try
        {
            using var connection = store.OpenReadOnlyConnection();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM incidents";
            return Results.Ok(new HealthReport("ok", Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)));
        }
        catch (Exception error) when (error is Microsoft.Data.Sqlite.SqliteException or IOException)
        {
            return Results.Json(new HealthReport("fact store unavailable", 0), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
