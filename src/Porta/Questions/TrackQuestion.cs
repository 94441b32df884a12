using Microsoft.EntityFrameworkCore;
using Porta.Deadlines;
using Porta.Infrastructure;

namespace Porta.Questions;

/// <summary>The person's proof that a question is theirs: the token from the acknowledgement link, or the
/// e-mail address they used.</summary>
internal sealed record TrackingProof(string? Token, string? Email);

/// <summary>
/// Following a question without an account. The number alone proves nothing (it is said on the phone and
/// printed on letters); with a wrong token or address the answer is exactly that of an unknown number.
/// </summary>
internal sealed class TrackQuestion(PortaDbContext db, Tenant tenant, DeadlineClocks clocks)
{
    public async Task<PublicQuestionView> HandleAsync(string registrationNumber, TrackingProof proof, CancellationToken cancellationToken)
    {
        var question = await FindAsync(registrationNumber, proof, cancellationToken) ?? throw new NotFoundException("The question");
        // Notes and their attachments are left out here, in the query, so nothing internal is ever loaded for the person.
        var messages = await db.Messages.AsNoTracking().Include(m => m.Attachments.OrderBy(a => a.Id))
            .Where(m => m.QuestionId == question.Id && m.Direction != MessageDirection.Note)
            .OrderBy(m => m.CreatedAt).ToListAsync(cancellationToken);
        var events = await db.QuestionEvents.AsNoTracking()
            .Where(e => e.QuestionId == question.Id && e.Public)
            .OrderBy(e => e.At).ToListAsync(cancellationToken);
        var deadline = (await clocks.CurrentAsync(cancellationToken)).StatusOf(question.DueAt, question.AwaitsFirstAnswer);
        return new PublicQuestionView(
            question.RegistrationNumber, question.Subject, question.Status, question.ReceivedAt, question.AnswerDueAt,
            question.DelayedDueAt, question.DelayReason, deadline?.State, deadline?.WorkingMinutesLeft,
            messages.Select(PublicView).ToList(),
            events.Select(e => new EventView(e.Kind, e.At, PublicActor(e), null)).ToList());
    }

    /// <summary>The question if the proof fits, else null. Looked up across organisations because the number
    /// is unique in the installation; the tenant is entered only once the proof has been checked.</summary>
    public async Task<Question?> FindAsync(string registrationNumber, TrackingProof proof, CancellationToken cancellationToken)
    {
        var number = RegistrationNumber.Normalise(registrationNumber);
        if (number is null)
        {
            return null;
        }
        var question = await db.Questions.IgnoreQueryFilters().AsNoTracking().Include(q => q.Person)
            .FirstOrDefaultAsync(q => q.RegistrationNumber == number, cancellationToken);
        if (question is null)
        {
            // Same work as a hit, so timing does not tell whether the number exists.
            TrackingToken.Matches(proof.Token ?? "", new byte[32]);
            return null;
        }
        var byToken = TrackingToken.Matches(proof.Token, question.TrackingTokenHash);
        var byEmail = !string.IsNullOrWhiteSpace(proof.Email) && question.Person.Email is not null
            && string.Equals(proof.Email.Trim(), question.Person.Email, StringComparison.OrdinalIgnoreCase);
        if (!byToken && !byEmail)
        {
            return null;
        }
        tenant.Enter(question.OrganisationId);
        return question;
    }

    /// <summary>The organisation answers as one: which agent wrote a reply or a delay notice stays inside.</summary>
    private static MessageView PublicView(Message message) =>
        ReadQuestions.View(message) with { Author = message.Direction == MessageDirection.Inbound ? message.AuthorName : null };

    /// <summary>Agents' names stay inside; the person sees "person" or "organisation".</summary>
    private static string PublicActor(QuestionEvent e) => e.ActorAgentId is null && e.Actor == Actor.Person.Name ? "person" : "organisation";
}
