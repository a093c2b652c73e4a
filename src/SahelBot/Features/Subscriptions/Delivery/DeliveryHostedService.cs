using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SahelBot.Facts.Subscriptions;

namespace SahelBot.Features.Subscriptions.Delivery;

/// <summary>
/// The sender's loop in <c>sahelbot run</c>: first puts back what a previous process left in flight (sent again with the
/// same nonce), then posts due deliveries and edits corrected messages, resting when there is nothing to do. A failing
/// round is logged and the loop goes on; an exception escaping ExecuteAsync would stop the host.
/// </summary>
public sealed class DeliveryHostedService(DeliverySender sender, DeliveryQueue queue, DeliveryOptions options, TimeProvider time, ILogger<DeliveryHostedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var started = false;
            while (!stoppingToken.IsCancellationRequested)
            {
                var worked = 0;
                try
                {
                    if (!started)
                    {
                        var requeued = await queue.RequeueInFlightAsync(stoppingToken);
                        if (requeued > 0)
                        {
                            logger.LogInformation("{Count} deliveries were in flight when the sender last stopped; sending them again with their nonces", requeued);
                        }

                        started = true;
                    }

                    worked = await sender.SendDueAsync(stoppingToken);
                    worked += await sender.EditDueAsync(stoppingToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    logger.LogError(error, "Delivery round failed; retrying after {Delay}", options.PollInterval);
                }

                if (worked == 0)
                {
                    await Task.Delay(options.PollInterval, time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: claims not yet recorded stay 'sending' and are re-sent, same nonce, by the next start.
        }
    }
}
