using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SahelBot.Discord.Hosting;
using SahelBot.Hosting;

namespace SahelBot.Tests.EndToEnd;

public class RedactedLoggingTests
{
    [Fact]
    public void TheTokenNeverReachesTheLogEvenInsideAnException()
    {
        const string Token = "MTQzNDg3NDc1Mzg0NTkxNjUwNg.Gx.secret-part";
        var formatter = new RedactedConsoleFormatter(new StaticOptions(new DiscordOptions { Token = Token }));
        using var output = new StringWriter();
        var entry = new Microsoft.Extensions.Logging.Abstractions.LogEntry<string>(
            LogLevel.Error, "Test", default, $"request with Bot {Token} failed", new InvalidOperationException($"header was {Token}"), (s, _) => s);

        formatter.Write(entry, null, output);

        var line = output.ToString();
        Assert.DoesNotContain(Token, line, StringComparison.Ordinal);
        Assert.Contains("failed", line, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException", line, StringComparison.Ordinal);
    }

    private sealed class StaticOptions(DiscordOptions value) : IOptionsMonitor<DiscordOptions>
    {
        public DiscordOptions CurrentValue => value;

        public DiscordOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<DiscordOptions, string?> listener) => null;
    }
}
