using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SahelBot.Discord.Json;
using SahelBot.Discord.Models;
using SahelBot.Hosting;
using SahelBot.Pipeline;

namespace SahelBot.Cli;

/// <summary><c>sahelbot exec "/attacks niger"</c>: runs a slash command through the bot's own router, with no token and no network.</summary>
public static class ExecVerb
{
    public static Command Create(Option<string?> database)
    {
        var text = new Argument<string>("command") { Description = "The slash command as typed in Discord, e.g. \"/attacks niger since:2019 min_deaths:10\"" };
        var locale = new Option<string>("--locale") { Description = "The reader's Discord locale (en-US, fr)", DefaultValueFactory = _ => "en-US" };
        var page = new Option<int>("--page") { Description = "Show page N of a paged reply (presses Next N-1 times)", DefaultValueFactory = _ => 1 };
        var json = new Option<bool>("--json") { Description = "Print the exact interaction response JSON Discord would receive" };
        var guild = new Option<ulong?>("--guild") { Description = "Run as a member of this server (default: a direct message)" };
        var user = new Option<ulong>("--user") { Description = "The invoking user's id", DefaultValueFactory = _ => Invoker.TerminalUser };
        var permissions = new Option<string?>("--permissions") { Description = "The member's permission bits in the channel, e.g. 8192 for Manage Messages" };
        var channel = new Option<ulong>("--channel") { Description = "The channel the command is run in", DefaultValueFactory = _ => Invoker.TerminalChannel };
        var modal = new Option<string[]>("--modal") { Description = "Answers to a modal the command opens, as field=value (repeatable)", AllowMultipleArgumentsPerToken = true };
        var outDir = new Option<string?>("--out") { Description = "Write the reply's files (e.g. the PNG of /trend or /map) into this folder and print their paths" };
        var command = new Command("exec", "Run a slash command against the fact store and print the reply") { text, locale, page, json, guild, user, permissions, channel, modal, outDir };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(text)!,
            parse.GetValue(locale)!,
            parse.GetValue(page),
            parse.GetValue(json),
            parse.GetValue(database),
            new Invoker(parse.GetValue(user), parse.GetValue(guild), parse.GetValue(permissions), parse.GetValue(channel)),
            parse.GetValue(modal) ?? [],
            parse.GetValue(outDir),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string text, string locale, int page, bool json, string? databasePath, Invoker invoker, string[] modalAnswers, string? outDir, CancellationToken cancellationToken)
    {
        var path = DatabaseLocator.Locate(databasePath);
        if (!File.Exists(path))
        {
            return Fail($"fact store not found at {path}; pass --db PATH or build one with `sahelbot db build`");
        }

        if (page < 1)
        {
            return Fail("--page must be 1 or more");
        }

        await using var services = new ServiceCollection().AddLogging().AddSahelBot(path).BuildServiceProvider();
        var router = services.GetRequiredService<InteractionRouter>();
        Interaction interaction;
        try
        {
            interaction = InteractionScript.Parse(text, router.Commands.Select(c => c.Definition).ToList(), locale, NextId(), invoker);
        }
        catch (CommandLineError error)
        {
            return Fail(error.Message);
        }

        // Through the wire format and back, so the handlers see exactly what Discord's JSON would give them.
        interaction = DiscordJson.Deserialize<Interaction>(DiscordJson.Serialize(interaction))!;
        var routed = await router.RouteAsync(interaction, cancellationToken);
        if (routed.Response.Type == InteractionCallbackType.Modal && !routed.Refused)
        {
            if (modalAnswers.Length == 0)
            {
                return Fail($"this command opens a form; answer it with --modal field=value ({string.Join(", ", ModalSubmission.FieldIds(routed.Response))})");
            }

            try
            {
                routed = await router.RouteAsync(ModalSubmission.Build(interaction, routed.Response, modalAnswers, NextId()), cancellationToken);
            }
            catch (CommandLineError error)
            {
                return Fail(error.Message);
            }
        }

        for (var current = 1; current < page && !routed.Refused; current++)
        {
            var next = NextButton(routed.Response);
            if (next is null)
            {
                return Fail($"there is no page {page}; the reply has {current}");
            }

            routed = await router.RouteAsync(InteractionScript.Click(interaction, next, NextId(), routed.Response), cancellationToken);
        }

        if (routed.Refused)
        {
            return Fail(TerminalRenderer.Plain(routed.Response.Data?.Content ?? "refused"), exitCode: 1);
        }

        Console.Out.Write(json ? DiscordJson.Serialize(routed.Response) + Environment.NewLine : TerminalRenderer.Render(routed.Response));
        if (outDir is not null && routed.Response.Files is { Count: > 0 } files)
        {
            Directory.CreateDirectory(outDir);
            foreach (var file in files)
            {
                var written = Path.GetFullPath(Path.Combine(outDir, Path.GetFileName(file.FileName)));
                await File.WriteAllBytesAsync(written, file.Content, cancellationToken);
                Console.Out.WriteLine($"wrote {written}");
            }
        }

        return 0;
    }

    private static string? NextButton(InteractionResponse response) =>
        (response.Data?.Components ?? [])
            .SelectMany(row => row.Components ?? [])
            .Where(c => c.Type == ComponentType.Button && c.Disabled != true && c.CustomId is not null)
            .Select(c => c.CustomId)
            .LastOrDefault();

    private static ulong NextId() => ((ulong)(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - 1_420_070_400_000) << 22) | (uint)Random.Shared.Next(1 << 12);

    private static int Fail(string message, int exitCode = 2)
    {
        Console.Error.WriteLine($"sahelbot: {message}");
        return exitCode;
    }
}
