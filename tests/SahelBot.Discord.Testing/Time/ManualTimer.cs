namespace SahelBot.Discord.Testing.Time;

internal sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
{
    public long? DueAt { get; set; }

    public TimeSpan? Period { get; set; }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        owner.Arm(this, dueTime, period);
        return true;
    }

    public void Fire() => callback(state);

    public void Dispose() => owner.Remove(this);

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
