using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using SahelBot.Discord.Hosting;

namespace SahelBot.Hosting;

/// <summary>
/// One structured line per event, with the bot token cut out of the message and of any exception text,
/// whichever component wrote it — so no code path can leak it into logs.
/// </summary>
public sealed class RedactedConsoleFormatter(IOptionsMonitor<DiscordOptions> discord) : ConsoleFormatter(Name)
{
    public new const string Name = "sahelbot-redacted";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter?.Invoke(logEntry.State, logEntry.Exception) ?? "";
        if (logEntry.Exception is not null)
        {
            message += Environment.NewLine + logEntry.Exception;
        }

        var token = discord.CurrentValue.Token;
        textWriter.WriteLine($"{DateTimeOffset.UtcNow:O} {Level(logEntry.LogLevel)} {logEntry.Category}: {TokenRedactor.Redact(message, token)}");
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
