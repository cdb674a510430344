using Concord.Core.Access;
using Concord.Core.Federation;

namespace Concord.Core.Messages;

/// <summary>Helpers shared by the message use cases: the access-policy resource of a message, its wire content, its search text.</summary>
public static class MessageAccess
{
    public static Resource.Message ResourceOf(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new Resource.Message(message.Id.ToString("D"), new MessageParty(message.FromNode, message.FromOrganisation),
            [.. message.Recipients.Select(r => new MessageParty(r.Node, r.OrganisationId))]);
    }

    public static string SearchTextOf(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return (message.Subject + "\n" + message.CaseReference + "\n" + message.Body).ToLowerInvariant();
    }

    public static MessageContent ContentOf(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new MessageContent(
            MessageNames.Of(message.Type), MessageNames.Of(message.Priority), Handling.Handling.Format(message.HandlingCode),
            message.HandlingConditions, message.Evaluation, message.Subject, message.Body, message.Language, message.CaseReference,
            message.InReplyTo, message.Deadline, message.FromOrganisation,
            [.. message.Recipients.Select(r => r.Address)],
            [.. message.Attachments.OrderBy(a => a.Index).Select(a => new WireAttachment(a.Name, a.MediaType, a.Size, a.Sha256, a.Content))]);
    }
}
