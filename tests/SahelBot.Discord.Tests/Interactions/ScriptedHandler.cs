using SahelBot.Discord.Interactions;
using SahelBot.Discord.Models;

namespace SahelBot.Discord.Tests.Interactions;

/// <summary>A handler whose answer the test decides; it can be held back until the test releases it.</summary>
internal sealed class ScriptedHandler(Func<Interaction, InteractionResponse> answer) : IInteractionHandler
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? _gate;

    public int Calls { get; private set; }

    public Task Started => _started.Task.WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>Makes the handler wait until <see cref="Release"/> is called.</summary>
    public ScriptedHandler HoldUntilReleased()
    {
        _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return this;
    }

    public void Release() => _gate?.TrySetResult();

    public async Task<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        Calls++;
        _started.TrySetResult();
        if (_gate is not null)
        {
            await _gate.Task.ConfigureAwait(false);
        }

        return answer(interaction);
    }
}
