using System.Globalization;
using System.Text;
using Concord.Core.Access;
using Concord.Core.Audit;
using Concord.Core.Data;
using Concord.Core.Directory;
using Concord.Core.Messages;
using Concord.Core.Records;
using Microsoft.Extensions.Logging;

namespace Concord.Core.Federation;

/// <summary>
/// Sends a hit notice about a record owned by an organisation of another node to that organisation, as a signed
/// message of type hit-notice (handling H2) through the secure exchange, so that the owner learns in its own inbox who
/// searched, when and why, and answers in the thread. Notices about records owned on this node stay in the local inbox.
/// The notice is stored before this runs: a failure to send loses nothing and is logged.
/// </summary>
public sealed partial class ForwardHitNotices(ConcordDbContext db, FederationNode node, SendMessage send, OrganisationCache organisationCache, ILogger<ForwardHitNotices> logger) : IHitNoticeSink
{
    public async Task NoticesCreatedAsync(IReadOnlyList<HitNotice> notices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notices);
        if (!node.IsFederated || notices.Count == 0 || node.Options.OrganisationId.Length == 0)
        {
            return;
        }
        var organisations = await organisationCache.GetAsync(db, cancellationToken);
        var caller = new Caller(
            new Subject("node:" + node.NodeId, node.Options.OrganisationId, null, Role.Analyst),
            new Actor("system", "system", node.Options.OrganisationId),
            "");
        foreach (var notice in notices)
        {
            var home = organisations.TryGetValue(notice.OwnerOrganisationId, out var owner) ? NodeAddressing.HomeNode(owner) : null;
            if (home is null || node.IsLocal(home))
            {
                continue;
            }
            var sent = await send.ExecuteAsync(caller, new NewMessage(
                To: [notice.OwnerOrganisationId],
                Type: "hit-notice",
                Priority: "urgent",
                HandlingCode: "H2",
                Subject: "Hit notice: RATS database record " + notice.RecordId,
                Body: Body(notice),
                Language: "en",
                CaseReference: notice.RecordId,
                IdempotencyKey: "hit-notice:" + notice.Id.ToString("N", CultureInfo.InvariantCulture)), cancellationToken);
            if (!sent.IsSuccess)
            {
                LogNotForwarded(logger, notice.Id, sent.Errors[0].Code);
            }
        }
    }

    private static string Body(HitNotice n)
    {
        var b = new StringBuilder();
        b.Append("Record: ").AppendLine(n.RecordId);
        b.Append("Searched by: ").Append(n.SearcherName).Append(" (").Append(n.SearcherOrganisationId)
            .Append(n.SearcherStateCode is null ? "" : ", " + n.SearcherStateCode).AppendLine(")");
        b.Append("Time (UTC): ").AppendLine(AuditCanonical.FormatTime(n.CreatedAt));
        b.Append("Stated purpose: ").AppendLine(n.Purpose);
        b.Append("Query: ").AppendLine(n.Query);
        b.Append("Score: ").AppendLine(n.Score.ToString("0.000", CultureInfo.InvariantCulture));
        b.Append("Notice: ").AppendLine(n.Id.ToString("D", CultureInfo.InvariantCulture));
        b.AppendLine().Append("The searcher was told only: hit — contact the owner. Reply in this thread with what you disclose.");
        return b.ToString();
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Hit notice {NoticeId} was not forwarded to the owner's node: {Code}")]
    private static partial void LogNotForwarded(ILogger logger, Guid noticeId, string code);
}
