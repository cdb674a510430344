namespace Concord.Core.Messages;

/// <summary>Why a message cannot be sent or shown. Codes are stable (API "code", UI resource keys Messages_Error_&lt;code&gt;).</summary>
public static class MessageErrors
{
    public static Error NoRecipient() => new("recipient-required", "A message needs at least one recipient.", "to");
    public static Error TooManyRecipients(int max) => new("too-many-recipients", $"A message may have at most {max} recipients.", "to");
    public static Error UnknownRecipient(string address) =>
        new("unknown-recipient", $"'{Clip(address)}' is neither a node (a member state's code, or rats) nor an organisation that has staff.", "to");
    public static Error InvalidType() => new("type-invalid", "The type must be information-request, reply, intelligence-bulletin, alert, hit-notice, request-related or free-text.", "type");
    public static Error InvalidPriority() => new("priority-invalid", "The priority must be routine, urgent or immediate.", "priority");
    public static Error SubjectRequired() => new("subject-required", "A message needs a subject.", "subject");
    public static Error SubjectTooLong(int max) => new("subject-too-long", $"The subject may have at most {max} characters.", "subject");
    public static Error BodyTooLong(int max) => new("body-too-long", $"The body may have at most {max} characters.", "body");
    public static Error InvalidLanguage() => new("language-invalid", "The language is a language tag such as zh, ru or en.", "language");
    public static Error CaseTooLong(int max) => new("case-reference-too-long", $"The case reference may have at most {max} characters.", "caseReference");
    public static Error IdempotencyKeyInvalid() => new("idempotency-key-invalid", "The idempotency key has 1 to 128 characters.", "idempotencyKey");
    public static Error IdempotencyKeyRequired() => new("idempotency-key-required", "Each message of a batch needs an idempotency key, so that the batch can be sent again safely.", "idempotencyKey");
    public static Error IdempotencyKeyRepeated() => new("idempotency-key-repeated", "Two messages of the batch have the same idempotency key.", "idempotencyKey");
    public static Error BatchEmpty() => new("batch-empty", "A batch needs at least one message.", "messages");
    public static Error BatchTooLarge(int max) => new("batch-too-large", $"A batch may hold at most {max} messages.", "messages");
    public static Error DeadlineInPast() => new("deadline-in-past", "The deadline must be in the future.", "deadline");
    public static Error TooManyAttachments(int max) => new("too-many-attachments", $"A message may carry at most {max} attachments.", "attachments");
    public static Error AttachmentTooLarge(string name, int max) =>
        new("attachment-too-large", $"The attachment '{Clip(name)}' is larger than {max / (1024 * 1024)} MiB.", "attachments");
    public static Error AttachmentNameInvalid() => new("attachment-name-invalid", "An attachment needs a file name of at most 256 characters.", "attachments");
    public static Error ReplyToUnknown() => new("reply-to-unknown", "The message replied to does not exist on this node or is not visible to you.", "inReplyTo");
    public static Error RouteInvalid() => new("route-invalid", "The route must be direct or hub.", "route");
    public static Error OrganisationNotHostedHere(string organisation) =>
        new("organisation-not-hosted-here", $"Your organisation '{Clip(organisation)}' is not served by this node, so it cannot send from here.");
    public static Error NotFound() => new("not-found", "There is no such message, or it is not addressed to you.");
    public static Error PageSizeOutOfRange(int max) => new("page-size-out-of-range", $"The page size must be between 1 and {max}.", "pageSize");
    public static Error BoxInvalid() => new("box-invalid", "The box must be inbox or outbox.", "box");

    private static string Clip(string text) => text.Length <= 64 ? text : text[..64];
}
