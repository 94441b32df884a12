using System.Text.Json;
using Microsoft.Extensions.Options;
using Porta.Infrastructure;
using Porta.Infrastructure.Outbox;

namespace Porta.Channels.Email;

/// <summary>Queues a mail in the outbox of the current unit of work; it leaves only if the change that
/// caused it is committed.</summary>
internal sealed class MailOutbox(PortaDbContext db, IOptions<SmtpOptions> smtp)
{
    public string NewMessageId() => $"<{Guid.NewGuid():N}@{smtp.Value.MessageIdDomain}>";

    public OutboxMessage Queue(Guid organisationId, string purpose, OutgoingMail mail, DateTimeOffset now, Guid? questionId = null, Guid? messageId = null)
    {
        var entry = new OutboxMessage
        {
            OrganisationId = organisationId,
            Kind = OutboxKind.Email,
            Purpose = purpose,
            Payload = JsonSerializer.Serialize(mail),
            QuestionId = questionId,
            MessageId = messageId,
            Recipient = mail.ToAddress.ToLowerInvariant(),
            CreatedAt = now,
            AvailableAt = now,
        };
        db.Outbox.Add(entry);
        return entry;
    }
}
