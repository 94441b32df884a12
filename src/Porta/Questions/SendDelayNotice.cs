using Porta.Channels.Email;
using Porta.Infrastructure;

namespace Porta.Questions;

internal sealed record DelayNoticeCommand(string RegistrationNumber, string Reason, DateTimeOffset NewDueAt, Actor Actor);

/// <summary>
/// When an answer will be late, the person is told why and by when it will come (charter), by e-mail in
/// their language — or, for a caller without an address, by phone, as the agent records. The question
/// keeps the first date in <see cref="Question.AnswerDueAt"/> and the new one in
/// <see cref="Question.DelayedDueAt"/>; a notice sent after the date then promised is recorded as late.
/// </summary>
internal sealed class SendDelayNotice(PortaDbContext db, TimeProvider time, MailOutbox outbox, PublicLinks links)
{
    public const string Purpose = "delay-notice";
    public const int MaxReasonLength = 2000;

    /// <summary>A new date further away is a typing error, not a promise.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromDays(366);

    public async Task<Question> HandleAsync(DelayNoticeCommand command, CancellationToken cancellationToken)
    {
        var question = await db.GetByNumberAsync(command.RegistrationNumber, cancellationToken);
        var now = time.GetUtcNow();
        var reason = command.Reason?.Trim() ?? "";
        var current = question.DueAt;
        var newDueAt = command.NewDueAt.ToUniversalTime();
        if (reason.Length == 0)
        {
            throw new FieldException("reason", "Say why the answer will be late.");
        }
        if (reason.Length > MaxReasonLength)
        {
            throw new FieldException("reason", $"The reason has at most {MaxReasonLength} characters.");
        }
        if (newDueAt <= current)
        {
            throw new FieldException("newDueAt", $"The new date must be after the date now promised ({current:O}).");
        }
        if (newDueAt <= now)
        {
            throw new FieldException("newDueAt", "The new date must be in the future.");
        }
        if (newDueAt > now + MaxDelay)
        {
            throw new FieldException("newDueAt", "The new date is more than a year away.");
        }
        if (question.Status == QuestionStatus.Closed)
        {
            throw new ConflictException("The question is closed: there is no answer left to delay.");
        }
        var byMail = question.Person.Email is not null;
        if (!byMail && ChannelRules.AnswerChannel(question.Channel) != Channel.Phone)
        {
            throw new ConflictException("The person has no e-mail address: add their address first.");
        }

        question.DelayNotifiedInTime = (question.DelayNotifiedInTime ?? true) && now <= current;
        question.DelayNotifiedAt ??= now;
        question.DelayedDueAt = newDueAt;
        question.DelayReason = reason;
        question.LastActivityAt = now;
        question.Record(QuestionEventKind.DelayNotified, command.Actor, now, $"{newDueAt:O}: {reason}", isPublic: true);
        var message = new Message
        {
            OrganisationId = question.OrganisationId,
            QuestionId = question.Id,
            Direction = MessageDirection.Outbound,
            Channel = byMail ? Channel.Email : Channel.Phone,
            BodyText = reason,
            ToAddress = byMail ? question.Person.Email : question.Person.Phone,
            AuthorAgentId = command.Actor.AgentId,
            AuthorName = command.Actor.Name,
            CreatedAt = now,
            Delivery = byMail ? DeliveryStatus.Pending : DeliveryStatus.NotApplicable,
            MailMessageId = byMail ? outbox.NewMessageId() : null,
        };
        db.Messages.Add(message);
        if (byMail)
        {
            await QueueMailAsync(question, message, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return question;
    }

    private async Task QueueMailAsync(Question question, Message message, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.FindAsync([question.OrganisationId], cancellationToken)
            ?? throw new InvalidOperationException("The question's organisation is gone.");
        var language = question.Person.PreferredLanguage;
        var organisationName = organisation.NameIn(language);
        List<string> references = question.AcknowledgementMailId is { } acknowledgement ? [acknowledgement] : [];
        var mail = new OutgoingMail(
            question.Person.Email!,
            question.Person.Name,
            MailTexts.Format("DelayNoticeSubject", language, question.RegistrationNumber),
            MailTexts.Format("DelayNoticeBody", language, question.Person.Name, question.Subject, question.RegistrationNumber,
                message.BodyText, Cultures.LongDateTime(question.DelayedDueAt!.Value, language, TimeZoneInfo.FindSystemTimeZoneById(organisation.Calendar.TimeZoneId)),
                links.FollowForm(organisation.Slug, language, question.RegistrationNumber), organisationName),
            message.MailMessageId!,
            question.AcknowledgementMailId,
            references,
            organisationName);
        outbox.Queue(question.OrganisationId, Purpose, mail, message.CreatedAt, question.Id, message.Id);
    }
}
