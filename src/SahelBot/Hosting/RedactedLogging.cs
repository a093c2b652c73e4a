using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace SahelBot.Hosting;

/// <summary>Console logging through <see cref="RedactedConsoleFormatter"/> only.</summary>
public static class RedactedLogging
{
    public static ILoggingBuilder AddRedactedConsole(this ILoggingBuilder logging, IConfiguration configuration)
    {
        logging.AddConfiguration(configuration.GetSection("Logging"));
        logging.AddConsole(options => options.FormatterName = RedactedConsoleFormatter.Name);
        logging.AddConsoleFormatter<RedactedConsoleFormatter, Microsoft.Extensions.Logging.Console.ConsoleFormatterOptions>();
        return logging;
    }
}
