using Porta.Infrastructure;

namespace Porta.Questions;

/// <summary>The person writes again on their question (the portal's reply box): the message joins the file
/// and a finished or waiting question is re-opened, so nobody has to start over.</summary>
internal sealed class AddPersonMessage(PortaDbContext db, TimeProvider time, TrackQuestion track)
{
    public async Task<Message> HandleAsync(string registrationNumber, TrackingProof proof, string body, CancellationToken cancellationToken)
    {
        var found = await track.FindAsync(registrationNumber, proof, cancellationToken) ?? throw new NotFoundException("The question");
        var question = await db.GetByNumberAsync(found.RegistrationNumber, cancellationToken);
        var now = time.GetUtcNow();
        var next = QuestionStatusRules.AfterInboundMessage(question.Status);
        if (next != question.Status)
        {
            var wasClosed = question.Status == QuestionStatus.Closed;
            QuestionStatusRules.Move(question, next);
            question.ClosedAt = null;
            question.Record(wasClosed ? QuestionEventKind.Reopened : QuestionEventKind.StatusChanged, Actor.Person, now, next.ToString(), isPublic: true);
        }
        var message = new Message
        {
            OrganisationId = question.OrganisationId,
            QuestionId = question.Id,
            Direction = MessageDirection.Inbound,
            Channel = Channel.Web,
            BodyText = body,
            FromAddress = question.Person.Email,
            AuthorName = question.Person.Name,
            CreatedAt = now,
        };
        db.Messages.Add(message);
        question.LastActivityAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return message;
    }
}
