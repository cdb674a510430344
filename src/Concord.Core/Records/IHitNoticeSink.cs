namespace Concord.Core.Records;

/// <summary>
/// Where new hit notices go besides the owner's inbox on this node (the HitNotices table). The default does nothing
/// more: the owner reads the table. The secure exchange (issue 5) registers a sink that forwards notices about records
/// owned on other nodes; the notice is already stored when the sink is called, so a failed forward loses nothing.
/// </summary>
public interface IHitNoticeSink
{
    Task NoticesCreatedAsync(IReadOnlyList<HitNotice> notices, CancellationToken cancellationToken);
}

/// <summary>The local inbox only.</summary>
public sealed class LocalHitNoticeSink : IHitNoticeSink
{
    public Task NoticesCreatedAsync(IReadOnlyList<HitNotice> notices, CancellationToken cancellationToken) => Task.CompletedTask;
}
