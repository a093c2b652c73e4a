using System.Net;
using Microsoft.Extensions.Logging;
using SahelBot.Discord.Models;
using SahelBot.Discord.Rest;
using SahelBot.Facts.Model;
using SahelBot.Facts.Queries;
using SahelBot.Facts.Subscriptions;
using SahelBot.Localization;

namespace SahelBot.Features.Subscriptions.Delivery;

/// <summary>
/// Posts claimed deliveries through the REST client (and so its rate limiter), one channel's messages in order and many
/// channels at once. Each message carries the claim's nonce with enforce_nonce, so a re-send after a timeout or a crash
/// returns the message already posted instead of a second one. Discord refusing the channel pauses the subscription.
/// </summary>
public sealed class DeliverySender(
    DeliveryQueue queue,
    IncidentQueries incidents,
    DiscordRestClient rest,
    DeliveryOptions options,
    TimeProvider time,
    ILogger<DeliverySender> logger)
{
    private readonly SendPacer _pacer = new(time, options.PostsPerSecond);

    /// <summary>Unknown channel, unknown guild, missing access, not a text channel, missing permissions: a moderator must act.</summary>
    private static readonly HashSet<int> ChannelRefusals = [10003, 10004, 50001, 50008, 50013];

    /// <summary>Discord asks to slow down (slowmode, write limits, sending disabled for now).</summary>
    private static readonly HashSet<int> TransientCodes = [20016, 20028, 20029, 40004];

    /// <summary>Edits that can never succeed: the message or channel is gone, or the bot may not see it.</summary>
    private static readonly HashSet<int> EditRefusals = [10003, 10004, 10008, 50001, 50005, 50013];

    /// <summary>Claims what is due and posts it; returns how many messages were attempted.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var claims = await queue.ClaimAsync(options.ClaimSize, cancellationToken);
        if (claims.Count == 0)
        {
            return 0;
        }

        await Parallel.ForEachAsync(
            claims.GroupBy(c => c.ChannelId),
            new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = cancellationToken },
            async (channel, ct) =>
            {
                foreach (var claim in channel)
                {
                    await SendAsync(claim, ct);
                }
            });
        return claims.Count;
    }

    /// <summary>Edits posted messages whose incidents were corrected or retracted; returns how many were attempted.</summary>
    public async Task<int> EditDueAsync(CancellationToken cancellationToken)
    {
        var edits = await queue.PendingEditsAsync(options.EditBatch, cancellationToken);
        foreach (var edit in edits)
        {
            await EditAsync(edit, cancellationToken);
        }

        return edits.Count;
    }

    private async Task SendAsync(DeliveryClaim claim, CancellationToken cancellationToken)
    {
        var texts = Texts.For(claim.Locale);
        var details = await LoadAsync(claim.IncidentIds, claim.GuildId, cancellationToken);
        var live = details.Where(d => d.RetractedAt is null).ToList();
        if (live.Count == 0)
        {
            // Retracted (or withdrawn) before it went out: posting it now would spread what was taken back.
            await queue.RecordSkippedAsync(claim, "retracted before posting", CancellationToken.None);
            return;
        }

        var embed = claim.IsDigest ? IncidentPost.Digest(details, texts) : IncidentPost.Single(live[0], texts);
        try
        {
            await _pacer.WaitAsync(cancellationToken);
            var posted = await rest.CreateMessageAsync(claim.ChannelId, IncidentPost.Message(embed, claim.Nonce), null, cancellationToken);

            // Recorded even if the host is stopping: otherwise the restart would only find the message again through its nonce.
            await queue.RecordPostedAsync(claim, posted.Id, Versions(details), CancellationToken.None);
        }
        catch (DiscordRestException error) when (ChannelRefusals.Contains(error.Code))
        {
            logger.LogWarning("Channel {ChannelId} refused by Discord ({Code}: {Reason}); subscription paused", claim.ChannelId, error.Code, error.DiscordMessage);
            await queue.PauseForDiscordAsync(claim, error.Code, error.DiscordMessage, CancellationToken.None);
        }
        catch (DiscordRestException error) when (IsTransient(error))
        {
            await RetryOrFailAsync(claim, error.Code != 0 ? error.Code : (int)error.Status, Reason(error));
        }
        catch (DiscordRestException error)
        {
            logger.LogError("Delivery {Nonce} to channel {ChannelId} refused for good: {Error}", claim.Nonce, claim.ChannelId, error.Message);
            await queue.RecordFailedAsync(claim, error.Code != 0 ? error.Code : (int)error.Status, Reason(error), CancellationToken.None);
        }
        catch (HttpRequestException error)
        {
            await RetryOrFailAsync(claim, 0, "no answer: " + error.Message);
        }
    }

    private async Task RetryOrFailAsync(DeliveryClaim claim, int code, string reason)
    {
        var attempt = claim.Attempts + 1;
        if (attempt >= options.MaxAttempts)
        {
            logger.LogError("Delivery {Nonce} to channel {ChannelId} failed after {Attempts} attempts: {Reason}", claim.Nonce, claim.ChannelId, attempt, reason);
            await queue.RecordFailedAsync(claim, code, $"{reason} (after {attempt} attempts)", CancellationToken.None);
            return;
        }

        var next = time.GetUtcNow() + options.RetryDelay(attempt, Random.Shared.NextDouble());
        logger.LogWarning("Delivery {Nonce} to channel {ChannelId} will be retried at {Next:O}: {Reason}", claim.Nonce, claim.ChannelId, next, reason);
        await queue.RecordRetryAsync(claim, code, reason, next, CancellationToken.None);
    }

    private async Task EditAsync(MessageEdit edit, CancellationToken cancellationToken)
    {
        var texts = Texts.For(edit.Locale);
        var details = await LoadAsync(edit.IncidentIds, edit.GuildId, cancellationToken);
        var embed = edit.IsDigest
            ? IncidentPost.Digest(details, texts)
            : details.Count == 0 ? IncidentPost.Gone(edit.IncidentIds[0], texts) : IncidentPost.Single(details[0], texts, corrected: true);
        try
        {
            await _pacer.WaitAsync(cancellationToken);
            await rest.EditMessageAsync(edit.ChannelId, edit.MessageId, IncidentPost.Message(embed, nonce: null), cancellationToken);
            await queue.RecordEditedAsync(edit, Versions(details), CancellationToken.None);
        }
        catch (DiscordRestException error) when (EditRefusals.Contains(error.Code))
        {
            logger.LogWarning("Message {MessageId} in channel {ChannelId} can no longer be edited ({Code}: {Reason})", edit.MessageId, edit.ChannelId, error.Code, error.DiscordMessage);
            await queue.AbandonEditAsync(edit, error.Code, error.DiscordMessage, CancellationToken.None);
        }
        catch (Exception error) when (error is DiscordRestException or HttpRequestException)
        {
            // Left marked: the next round tries again.
            logger.LogWarning("Editing message {MessageId} in channel {ChannelId} failed; will retry: {Error}", edit.MessageId, edit.ChannelId, error.Message);
        }
    }

    private async Task<List<IncidentDetail>> LoadAsync(IReadOnlyList<string> ids, ulong guildId, CancellationToken cancellationToken)
    {
        var details = new List<IncidentDetail>();
        foreach (var id in ids)
        {
            if (await incidents.GetAsync(id, guildId, cancellationToken) is { } detail)
            {
                details.Add(detail);
            }
        }

        return details;
    }

    private static Dictionary<string, int> Versions(IEnumerable<IncidentDetail> details) =>
        details.ToDictionary(d => d.Summary.Id, d => d.Version, StringComparer.Ordinal);

    private static bool IsTransient(DiscordRestException error) =>
        error.Status == default || (int)error.Status >= 500 || error.Status == HttpStatusCode.TooManyRequests || TransientCodes.Contains(error.Code);

    private static string Reason(DiscordRestException error) =>
        error.Status == default ? error.DiscordMessage : $"{(int)error.Status} {error.DiscordMessage}";
}
