using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SahelBot.Discord.Hosting;
using SahelBot.Discord.Json;
using SahelBot.Discord.Models;
using SahelBot.Discord.Rest;
using SahelBot.Hosting;
using SahelBot.Pipeline;

namespace SahelBot.Cli;

/// <summary>
/// <c>sahelbot commands export</c> prints every definition; <c>commands register [--guild ID]</c> bulk-overwrites them,
/// globally or in one server (never both by default, so users never see each command twice).
/// </summary>
public static class CommandsVerb
{
    public static Command Create(Option<string?> database)
    {
        var export = new Command("export", "Print the JSON array of every slash command definition");
        export.SetAction(_ =>
        {
            Console.Out.WriteLine(DiscordJson.Serialize(Definitions(DatabaseLocator.Locate(null))));
            return 0;
        });

        var guild = new Option<string?>("--guild") { Description = "Register in this server only (instant; for testing)" };
        var register = new Command("register", "Bulk-overwrite the bot's slash commands on Discord") { guild };
        register.SetAction(async (parse, cancellationToken) =>
        {
            ulong? guildId = null;
            if (parse.GetValue(guild) is { } text)
            {
                if (!ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    Console.Error.WriteLine($"sahelbot: --guild must be a server id (a number), not \"{text}\"");
                    return 2;
                }

                guildId = id;
            }

            await using var app = BotHost.Build(DatabaseLocator.Locate(parse.GetValue(database)));
            DiscordOptions options;
            try
            {
                options = app.Services.GetRequiredService<IOptions<DiscordOptions>>().Value;
            }
            catch (OptionsValidationException error)
            {
                Console.Error.WriteLine($"sahelbot: cannot register: {string.Join("; ", error.Failures)}");
                return 2;
            }

            IReadOnlyList<ApplicationCommand> registered;
            try
            {
                registered = await RegisterAsync(app.Services, options.ApplicationId, guildId, cancellationToken);
            }
            catch (DiscordRestException error)
            {
                Console.Error.WriteLine($"sahelbot: Discord refused the commands: {TokenRedactor.Redact(error.Message, options.Token)}");
                return 1;
            }

            Console.Out.WriteLine($"registered {registered.Count} commands {(guildId is null ? "globally" : $"in server {guildId}")}: {string.Join(", ", registered.Select(c => "/" + c.Name))}");
            return 0;
        });

        return new Command("commands", "Export or register the slash command definitions") { export, register };
    }

    /// <summary>Bulk-overwrites every definition the router serves, in one server or globally.</summary>
    public static Task<IReadOnlyList<ApplicationCommand>> RegisterAsync(IServiceProvider services, ulong applicationId, ulong? guildId, CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<DiscordRestClient>();
        var definitions = services.GetRequiredService<InteractionRouter>().Commands.Select(c => c.Definition).ToList();
        return guildId is { } server
            ? client.BulkOverwriteGuildCommandsAsync(applicationId, server, GuildScoped(definitions), cancellationToken)
            : client.BulkOverwriteGlobalCommandsAsync(applicationId, definitions, cancellationToken);
    }

    public static IReadOnlyList<ApplicationCommand> Definitions(string databasePath)
    {
        using var services = new ServiceCollection().AddLogging().AddSahelBot(databasePath).BuildServiceProvider();
        return services.GetRequiredService<InteractionRouter>().Commands.Select(c => c.Definition).ToList();
    }

    /// <summary>Guild commands cannot carry the BOT_DM context or integration types; Discord ignores or rejects them there.</summary>
    private static List<ApplicationCommand> GuildScoped(IEnumerable<ApplicationCommand> definitions) =>
        definitions.Select(d => new ApplicationCommand
        {
            Name = d.Name,
            Description = d.Description,
            Type = d.Type,
            Options = d.Options,
            DefaultMemberPermissions = d.DefaultMemberPermissions,
            NameLocalizations = d.NameLocalizations,
            DescriptionLocalizations = d.DescriptionLocalizations,
        }).ToList();
}
