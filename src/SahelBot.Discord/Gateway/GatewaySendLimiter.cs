namespace SahelBot.Discord.Gateway;

/// <summary>A sliding window over the payloads sent on one connection.</summary>
internal sealed class GatewaySendLimiter(TimeProvider time, int limit, TimeSpan window)
{
    private readonly Queue<long> _sent = new();

    public void Reset() => _sent.Clear();

    /// <summary>Callers hold the connection's send lock, so no locking here.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = time.GetTimestamp();
            while (_sent.Count > 0 && time.GetElapsedTime(_sent.Peek(), now) >= window)
            {
                _sent.Dequeue();
            }

            if (_sent.Count < limit)
            {
                _sent.Enqueue(now);
                return;
            }

            await Task.Delay(window - time.GetElapsedTime(_sent.Peek(), now), time, cancellationToken).ConfigureAwait(false);
        }
    }
}
