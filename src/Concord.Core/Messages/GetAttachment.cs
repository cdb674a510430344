using Concord.Core.Access;
using Concord.Core.Audit;
using Concord.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Messages;

public sealed record AttachmentContent(string Name, string MediaType, string Sha256, byte[] Content);

/// <summary>Downloads an attachment of a message the caller may read (audited as an export of that message).</summary>
public sealed class GetAttachment(ConcordDbContext db, AccessGate gate)
{
    public async Task<Result<AttachmentContent>> ExecuteAsync(Caller caller, Guid messageId, int index, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var message = await db.Messages.AsNoTracking().Include(m => m.Recipients).FirstOrDefaultAsync(m => m.Id == messageId, cancellationToken);
        if (message is null)
        {
            return MessageErrors.NotFound();
        }
        var decision = gate.Decide(caller, AccessAction.Read, MessageAccess.ResourceOf(message), "attachment=" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(cancellationToken);
        if (!decision.Allowed)
        {
            return MessageErrors.NotFound();
        }
        var attachment = await db.MessageAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.MessageId == messageId && a.Index == index, cancellationToken);
        return attachment is null
            ? MessageErrors.NotFound()
            : new AttachmentContent(attachment.Name, attachment.MediaType, attachment.Sha256, attachment.Content);
    }
}
