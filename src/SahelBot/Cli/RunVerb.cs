using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;
using SahelBot.Hosting;

namespace SahelBot.Cli;

/// <summary><c>sahelbot run</c>: the bot, on the gateway or as an HTTP interactions endpoint; <c>sahelbot health</c> probes it.</summary>
public static class RunVerb
{
    public static Command Create(Option<string?> database)
    {
        var run = new Command("run", "Run the bot (settings: Discord:Token, Discord:ApplicationId, Discord:PublicKey, Discord:Mode)");
        run.SetAction(async (parse, cancellationToken) =>
        {
            var path = DatabaseLocator.Locate(parse.GetValue(database));
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"sahelbot: fact store not found at {path}");
                return 2;
            }

            await using var app = BotHost.Build(path);
            try
            {
                await app.RunAsync();
            }
            catch (OptionsValidationException error)
            {
                Console.Error.WriteLine($"sahelbot: cannot start: {string.Join("; ", error.Failures)}");
                return 2;
            }

            return Environment.ExitCode;
        });
        return run;
    }

    public static Command CreateHealth()
    {
        var url = new Option<string>("--url") { Description = "Health endpoint to probe", DefaultValueFactory = _ => "http://127.0.0.1:8080/health" };
        var health = new Command("health", "Probe a running bot's health endpoint (exit 0 when healthy)") { url };
        health.SetAction(async (parse, cancellationToken) =>
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
            try
            {
                using var response = await client.GetAsync(parse.GetValue(url), cancellationToken);
                return response.IsSuccessStatusCode ? 0 : 1;
            }
            catch (HttpRequestException error)
            {
                Console.Error.WriteLine($"sahelbot: health probe failed: {error.Message}");
                return 1;
            }
        });
        return health;
    }
}
