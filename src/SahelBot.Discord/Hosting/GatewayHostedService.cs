using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SahelBot.Discord.Gateway;
using SahelBot.Discord.Interactions;
using SahelBot.Discord.Models;
using SahelBot.Discord.Rest;

namespace SahelBot.Discord.Hosting;

/// <summary>
/// Runs the gateway connection for the life of the host and answers each INTERACTION_CREATE through
/// <see cref="InteractionResponder"/>, whose first response is POSTed to the callback endpoint. A fatal gateway close
/// stops the application with a non-zero exit code and one log line saying what to fix.
/// </summary>
public sealed class GatewayHostedService : BackgroundService
{
    private readonly GatewayClient _gateway;
    private readonly InteractionResponder _responder;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<GatewayHostedService> _logger;
    private readonly string _token;

    public GatewayHostedService(
        GatewayClient gateway,
        InteractionResponder responder,
        IHostApplicationLifetime lifetime,
        IOptions<DiscordOptions> options,
        ILogger<GatewayHostedService> logger)
    {
        _gateway = gateway;
        _responder = responder;
        _lifetime = lifetime;
        _logger = logger;
        _token = options.Value.Token;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _gateway.InteractionCreated = RespondAsync;
        try
        {
            await _gateway.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal shutdown.
        }
        catch (GatewayFatalException ex)
        {
            _logger.LogCritical("Discord gateway stopped for good: {Reason}", ex.Message);
            Stop();
        }
#pragma warning disable CA1031 // Anything else escaping the gateway loop also ends the bot; it must do so loudly, not silently.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _logger.LogCritical("Discord gateway failed: {Error}", Redact(ex.GetType().Name + ": " + ex.Message));
            Stop();
        }
    }

    private void Stop()
    {
        Environment.ExitCode = Environment.ExitCode == 0 ? 1 : Environment.ExitCode;
        _lifetime.StopApplication();
    }

    private async Task RespondAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        try
        {
            await _responder.RespondViaCallbackAsync(interaction, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (DiscordRestException ex)
        {
            // 10062 = the 3-second window passed; 40060 = already answered. Nothing more can be sent for this one.
            _logger.LogWarning("Answering interaction {InteractionId} failed: {Error}", interaction.Id, Redact(ex.Message));
        }
#pragma warning disable CA1031 // One bad interaction must not end the gateway loop.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _logger.LogError("Answering interaction {InteractionId} failed: {Error}", interaction.Id, Redact(ex.GetType().Name + ": " + ex.Message));
        }
    }

    private string Redact(string text) => TokenRedactor.Redact(text, _token);
}
