using Microsoft.EntityFrameworkCore;
using Porta.Channels.Email;
using Porta.Infrastructure;

namespace Porta.Questions;

internal sealed record ReplyCommand(string RegistrationNumber, string Body, Actor Author, bool WaitingForPerson = false);

/// <summary>
/// An agent answers the person, through the channel of arrival (letters and faxes by e-mail). An e-mailed
/// reply threads under the person's last mail; a phone answer is recorded as given. The first reply meets
/// the "first answer" deadline; the acknowledgement does not.
/// </summary>
internal sealed class ReplyToQuestion(PortaDbContext db, TimeProvider time, MailOutbox outbox, PublicLinks links)
{
    public const string Purpose = "reply";

    public async Task<Message> HandleAsync(ReplyCommand command, CancellationToken cancellationToken)
    {
        var question = await db.GetByNumberAsync(command.RegistrationNumber, cancellationToken);
        var now = time.GetUtcNow();
        QuestionStatusRules.Move(question, command.WaitingForPerson ? QuestionStatus.WaitingForPerson : QuestionStatus.Answered);
        var channel = ChannelRules.AnswerChannel(question.Channel);
        if (channel == Channel.Email && question.Person.Email is null)
        {
            throw new ConflictException("The person has no e-mail address: answer by phone or add their address first.");
        }
        var message = new Message
        {
            OrganisationId = question.OrganisationId,
            QuestionId = question.Id,
            Direction = MessageDirection.Outbound,
            Channel = channel,
            BodyText = command.Body,
            ToAddress = channel == Channel.Email ? question.Person.Email : question.Person.Phone,
            AuthorAgentId = command.Author.AgentId,
            AuthorName = command.Author.Name,
            CreatedAt = now,
            Delivery = channel == Channel.Email ? DeliveryStatus.Pending : DeliveryStatus.NotApplicable,
            MailMessageId = channel == Channel.Email ? outbox.NewMessageId() : null,
        };
        db.Messages.Add(message);
        question.FirstAnsweredAt ??= now;
        question.LastActivityAt = now;
        question.Record(QuestionEventKind.Replied, command.Author, now, channel.ToString(), isPublic: true);
        if (channel == Channel.Email)
        {
            await QueueMailAsync(question, message, now, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return message;
    }

    /// <summary>In-Reply-To the person's last mail and References to every mail of the question, so the
    /// person's mail program shows one conversation and an answer to it comes back to this question.</summary>
    private async Task QueueMailAsync(Question question, Message reply, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var thread = await db.Messages.Where(m => m.QuestionId == question.Id && m.MailMessageId != null && m.Id != reply.Id)
            .OrderBy(m => m.CreatedAt).Select(m => new { m.MailMessageId, m.Direction }).ToListAsync(cancellationToken);
        var references = new List<string>();
        if (question.AcknowledgementMailId is { } acknowledgement)
        {
            references.Add(acknowledgement);
        }
        references.AddRange(thread.Select(m => m.MailMessageId!));
        var inReplyTo = thread.LastOrDefault(m => m.Direction == MessageDirection.Inbound)?.MailMessageId ?? references.LastOrDefault();
        var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == question.OrganisationId, cancellationToken);
        var language = question.Person.PreferredLanguage;
        var body = reply.BodyText + "\n\n-- \n" + MailTexts.Format("ReplyFooter", language, question.RegistrationNumber,
            links.FollowForm(organisation.Slug, language, question.RegistrationNumber));
        var mail = new OutgoingMail(
            question.Person.Email!,
            question.Person.Name,
            MailTexts.Format("ReplySubject", language, question.RegistrationNumber, question.Subject),
            body,
            reply.MailMessageId!,
            inReplyTo,
            references,
            organisation.NameIn(language));
        outbox.Queue(question.OrganisationId, Purpose, mail, now, question.Id, reply.Id);
    }
}
