using System.Diagnostics;
using System.Globalization;
using SahelBot.Discord.Testing;
using SahelBot.Tests.EndToEnd;

namespace SahelBot.Tests.Subscriptions;

/// <summary><c>sahelbot run</c> as a real child process (the app built next to the tests), on the gateway of the fake Discord.</summary>
public sealed class SenderProcess : IDisposable
{
    private readonly Process _process;

    private SenderProcess(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    public static SenderProcess Start(string databasePath, FakeDiscordServer discord)
    {
        ArgumentNullException.ThrowIfNull(discord);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sahelbot.dll"));
        start.ArgumentList.Add("run");
        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(databasePath);
        start.Environment["urls"] = "http://127.0.0.1:0";
        start.Environment["Discord__Token"] = RunningBot.Token;
        start.Environment["Discord__ApplicationId"] = RunningBot.ApplicationId.ToString(CultureInfo.InvariantCulture);
        start.Environment["Discord__Mode"] = "gateway";
        start.Environment["Discord__ApiBaseUrl"] = discord.ApiBaseUrl;
        start.Environment["Discord__GatewayUrlOverride"] = discord.GatewayUrl;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start sahelbot run");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new SenderProcess(process);
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, whatever was in flight is left as it was.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
