using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SahelBot.Discord.Models;

namespace SahelBot.Discord.Interactions;

/// <summary>
/// Runs the handler under Discord's 3-second deadline, independent of transport. A handler that finishes within
/// <see cref="DiscordInteractionOptions.DeferAfter"/> gives the first response; a slower one is deferred and its
/// result is delivered later by editing the original response. Handler failures become an ephemeral error message.
/// </summary>
public sealed class InteractionResponder : IDisposable
{
    private readonly IInteractionHandler _handler;
    private readonly IInteractionCallbackClient _callbacks;
    private readonly DiscordInteractionOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<InteractionResponder> _logger;

    // Handlers outlive the request that delivered the interaction (that is what deferral means), so they get the
    // responder's lifetime instead of the request's token.
    private readonly CancellationTokenSource _lifetime = new();

    public InteractionResponder(
        IInteractionHandler handler,
        IInteractionCallbackClient callbacks,
        IOptions<DiscordInteractionOptions> options,
        TimeProvider timeProvider,
        ILogger<InteractionResponder> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _handler = handler;
        _callbacks = callbacks;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>
    /// Works out the first response, hands it to <paramref name="deliverFirst"/> (write it into the HTTP response, or
    /// POST it to the callback endpoint) and returns it. When the handler is still running, any later edit waits until
    /// that delivery has completed, so Discord never sees an edit before the acknowledgement.
    /// </summary>
    public async Task<InteractionResponse> RespondAsync(
        Interaction interaction,
        Func<InteractionResponse, CancellationToken, Task> deliverFirst,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(deliverFirst);

        if (interaction.Type is InteractionType.Ping)
        {
            var pong = InteractionResponse.Pong();
            await deliverFirst(pong, cancellationToken).ConfigureAwait(false);
            return pong;
        }

        using var deadlineCancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Armed before the handler starts, so the deadline counts the handler's synchronous part too.
        var deadline = Task.Delay(_options.DeferAfter, _timeProvider, deadlineCancel.Token);
        var handling = RunHandlerAsync(interaction);

        var first = await Task.WhenAny(handling, deadline).ConfigureAwait(false);
        if (first == handling)
        {
            await deadlineCancel.CancelAsync().ConfigureAwait(false);
            var response = await handling.ConfigureAwait(false);
            await deliverFirst(response, cancellationToken).ConfigureAwait(false);
            return response;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var deferred = DeferralFor(interaction);
        _logger.LogInformation(
            "Interaction {InteractionId} ({Name}) passed {DeferAfter}; answered with callback type {CallbackType}",
            interaction.Id,
            DescribeCommand(interaction),
            _options.DeferAfter,
            (int)deferred.Type);

        var delivered = deliverFirst(deferred, cancellationToken);
        _ = CompleteLateAsync(interaction, deferred, delivered, handling);
        await delivered.ConfigureAwait(false);
        return deferred;
    }

    /// <summary>For gateway-delivered interactions: the first response goes to the callback endpoint.</summary>
    public Task<InteractionResponse> RespondViaCallbackAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return RespondAsync(
            interaction,
            (response, ct) => _callbacks.CreateResponseAsync(interaction.Id, interaction.Token, response, ct),
            cancellationToken);
    }

    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }

    private static InteractionResponse DeferralFor(Interaction interaction) =>
        interaction.Type switch
        {
            InteractionType.MessageComponent => InteractionResponse.DeferredUpdate(),
            // Autocomplete has no deferred form; an empty list is the only answer Discord still accepts in time.
            InteractionType.ApplicationCommandAutocomplete => InteractionResponse.Autocomplete([]),
            // Whether the final answer is ephemeral is not known yet; a public "thinking" is the safe default.
            _ => InteractionResponse.Deferred(ephemeral: false),
        };

    private async Task<InteractionResponse> RunHandlerAsync(Interaction interaction)
    {
        try
        {
            // Yield so a handler that blocks synchronously cannot hold up the deadline.
            await Task.Yield();
            return await _handler.HandleAsync(interaction, _lifetime.Token).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Any handler failure must reach the user as a message and the operator as a log line.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _logger.LogError(
                exception,
                "Handler failed for interaction {InteractionId} (type {InteractionType}, {Name}, guild {GuildId})",
                interaction.Id,
                interaction.Type,
                DescribeCommand(interaction),
                interaction.GuildId);
            return ErrorResponse(interaction);
        }
    }

    private InteractionResponse ErrorResponse(Interaction interaction)
    {
        if (interaction.Type is InteractionType.ApplicationCommandAutocomplete)
        {
            return InteractionResponse.Autocomplete([]);
        }

        return InteractionResponse.Message(new InteractionCallbackData
        {
            Content = _options.ErrorMessage(interaction),
            Flags = MessageFlags.Ephemeral,
            AllowedMentions = AllowedMentions.None,
        });
    }

    private async Task CompleteLateAsync(Interaction interaction, InteractionResponse deferred, Task delivered, Task<InteractionResponse> handling)
    {
        try
        {
            await delivered.ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The caller sees this failure; here it only means there is nothing left to edit.
        catch (Exception)
#pragma warning restore CA1031
        {
            _logger.LogWarning("Deferral of interaction {InteractionId} was not delivered; its late result is dropped", interaction.Id);
            return;
        }

        var response = await handling.ConfigureAwait(false);
        if (deferred.Type is InteractionCallbackType.ApplicationCommandAutocompleteResult)
        {
            _logger.LogWarning("Autocomplete for interaction {InteractionId} finished after the deadline; its choices are dropped", interaction.Id);
            return;
        }

        var data = LateEditData(interaction, response);
        if (data is null)
        {
            return;
        }

        try
        {
            await _callbacks.EditOriginalAsync(interaction.ApplicationId, interaction.Token, data, response.Files, _lifetime.Token).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Nothing can be reported to the user any more; the operator gets the log line.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _logger.LogError(exception, "Editing the deferred response of interaction {InteractionId} failed", interaction.Id);
        }
    }

    private InteractionCallbackData? LateEditData(Interaction interaction, InteractionResponse response)
    {
        switch (response.Type)
        {
            case InteractionCallbackType.ChannelMessageWithSource or InteractionCallbackType.UpdateMessage:
                var data = response.Data ?? new InteractionCallbackData();
                if (data.Flags is { } flags && flags.HasFlag(MessageFlags.Ephemeral))
                {
                    // The deferral already fixed the message as public and visibility cannot change later, so an
                    // ephemeral answer still lands in the (public) original; the flag is dropped because edits reject it.
                    _logger.LogInformation("Interaction {InteractionId}: ephemeral answer arrived after a public deferral", interaction.Id);
                    data = CopyWithFlags(data, flags & ~MessageFlags.Ephemeral);
                }

                return data;
            case InteractionCallbackType.DeferredChannelMessageWithSource or InteractionCallbackType.DeferredUpdateMessage:
                // The handler deferred on its own and will edit the original itself.
                return null;
            default:
                // A modal or autocomplete result cannot follow a deferral; replace the "thinking" state with an error.
                _logger.LogError(
                    "Interaction {InteractionId} ({Name}) produced callback type {CallbackType} after being deferred; it cannot be delivered",
                    interaction.Id,
                    DescribeCommand(interaction),
                    (int)response.Type);
                return new InteractionCallbackData { Content = _options.ErrorMessage(interaction), AllowedMentions = AllowedMentions.None };
        }
    }

    private static InteractionCallbackData CopyWithFlags(InteractionCallbackData data, MessageFlags flags) =>
        new()
        {
            Tts = data.Tts,
            Content = data.Content,
            Embeds = data.Embeds,
            AllowedMentions = data.AllowedMentions,
            Flags = flags == MessageFlags.None ? null : flags,
            Components = data.Components,
            Attachments = data.Attachments,
        };

    private static string DescribeCommand(Interaction interaction) =>
        interaction.Data?.Name ?? interaction.Data?.CustomId ?? "-";
}
