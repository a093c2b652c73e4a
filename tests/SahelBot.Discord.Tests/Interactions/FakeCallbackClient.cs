using System.Collections.Concurrent;
using SahelBot.Discord.Interactions;
using SahelBot.Discord.Json;
using SahelBot.Discord.Models;

namespace SahelBot.Discord.Tests.Interactions;

/// <summary>Stands in for Discord's callback and webhook endpoints; records every call in order.</summary>
internal sealed class FakeCallbackClient : IInteractionCallbackClient
{
    private readonly TaskCompletionSource<EditedOriginal> _firstEdit = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<string> Calls { get; } = new();

    public ConcurrentQueue<(ulong InteractionId, string Token, InteractionResponse Response)> Created { get; } = new();

    public ConcurrentQueue<EditedOriginal> Edits { get; } = new();

    /// <summary>Completes with the first edit; guarded by a generous timeout so a broken test fails instead of hanging.</summary>
    public Task<EditedOriginal> FirstEdit => _firstEdit.Task.WaitAsync(TimeSpan.FromSeconds(30));

    public Task CreateResponseAsync(ulong interactionId, string token, InteractionResponse response, CancellationToken ct)
    {
        Calls.Enqueue($"create:{(int)response.Type}");
        CallbackCapture.Record(interactionId, token, DiscordJson.Serialize(response));
        Created.Enqueue((interactionId, token, response));
        return Task.CompletedTask;
    }

    public Task EditOriginalAsync(ulong applicationId, string token, InteractionCallbackData data, IReadOnlyList<FileAttachment>? files, CancellationToken ct)
    {
        var edit = new EditedOriginal(applicationId, token, data, files);
        Calls.Enqueue("edit");
        Edits.Enqueue(edit);
        _firstEdit.TrySetResult(edit);
        return Task.CompletedTask;
    }

    internal sealed record EditedOriginal(ulong ApplicationId, string Token, InteractionCallbackData Data, IReadOnlyList<FileAttachment>? Files);
}
