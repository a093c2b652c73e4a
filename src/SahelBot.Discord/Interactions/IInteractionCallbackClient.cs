using SahelBot.Discord.Models;

namespace SahelBot.Discord.Interactions;

/// <summary>Delivers interaction responses over REST; implemented by the REST client.</summary>
public interface IInteractionCallbackClient
{
    /// <summary>POSTs the initial response to <c>/interactions/{id}/{token}/callback</c> (multipart when it carries files).</summary>
    Task CreateResponseAsync(ulong interactionId, string token, InteractionResponse response, CancellationToken ct);

    /// <summary>PATCHes <c>/webhooks/{application_id}/{token}/messages/@original</c>, typically after a deferral.</summary>
    Task EditOriginalAsync(ulong applicationId, string token, InteractionCallbackData data, IReadOnlyList<FileAttachment>? files, CancellationToken ct);
}
