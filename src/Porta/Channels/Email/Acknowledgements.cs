using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Porta.Infrastructure;
using Porta.Infrastructure.Outbox;
using Porta.Questions;

namespace Porta.Channels.Email;

/// <summary>
/// The acknowledgement a person receives at once: registration number, tracking link and expected answer
/// date, in their language. A phone caller hears the number on the line instead. One address receives
/// at most a few an hour, whatever the organisation, so the public form cannot be used to flood someone.
/// </summary>
internal sealed class Acknowledgements(PortaDbContext db, OrganisationCache organisations, MailOutbox outbox, PublicLinks links, IOptions<SmtpOptions> smtp)
{
    public const string Purpose = "acknowledgement";

    /// <param name="sentInLastHour">What <see cref="SentInLastHour"/> counted for the person's address: the caller
    /// reads it with the person, in the same query.</param>
    public async Task QueueAsync(Question question, string token, DateTimeOffset now, int sentInLastHour, CancellationToken cancellationToken)
    {
        var person = question.Person;
        if (question.Channel == Channel.Phone)
        {
            question.AcknowledgedAt = now;
            question.Record(QuestionEventKind.Acknowledged, Actor.System, now, "phone", isPublic: true);
            return;
        }
        if (person.Email is null)
        {
            return;
        }
        if (sentInLastHour >= smtp.Value.AcknowledgementsPerAddressPerHour)
        {
            question.Record(QuestionEventKind.AcknowledgementSuppressed, Actor.System, now);
            return;
        }
        var organisation = await organisations.ByIdAsync(db, question.OrganisationId, cancellationToken);
        var language = question.Language;
        var organisationName = organisation.NameIn(language);
        var mail = new OutgoingMail(
            person.Email,
            person.Name,
            MailTexts.Format("AcknowledgementSubject", language, question.RegistrationNumber),
            MailTexts.Format("AcknowledgementBody", language,
                person.Name, organisationName, question.Subject, question.RegistrationNumber,
                Cultures.LongDateTime(question.AnswerDueAt, language),
                links.FollowQuestion(organisation.Slug, language, question.RegistrationNumber, token)),
            outbox.NewMessageId(),
            FromName: organisationName);
        question.AcknowledgementMailId = mail.MessageId;
        outbox.Queue(question.OrganisationId, Purpose, mail, now, question.Id);
    }

    /// <summary>The acknowledgements queued for an address in the hour before <paramref name="now"/>, in every
    /// organisation: the flood guard counts them.</summary>
    public static IQueryable<OutboxMessage> SentInLastHour(PortaDbContext db, string email, DateTimeOffset now)
    {
        var since = now.AddHours(-1);
        return db.Outbox.IgnoreQueryFilters().Where(o => o.Recipient == email && o.Purpose == Purpose && o.CreatedAt > since);
    }
}
