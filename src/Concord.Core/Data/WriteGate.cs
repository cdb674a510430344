namespace Concord.Core.Data;

/// <summary>
/// Lets one write transaction of the message exchange run at a time in this process (the group commit of sends, the
/// intake of envelopes, the recording of receipts). SQLite allows one writer anyway; without the gate a second writer
/// meets SQLITE_BUSY, which Microsoft.Data.Sqlite answers by sleeping 150 ms before it tries again — the main cause of
/// delivery latency under load. Waiting here instead is first come, first served and costs nothing while uncontended.
/// </summary>
public sealed class WriteGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Waits for the gate; dispose the result to let the next writer in.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        return new Release(_gate);
    }

    public void Dispose() => _gate.Dispose();

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
