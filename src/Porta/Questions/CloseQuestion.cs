using Porta.Infrastructure;

namespace Porta.Questions;

internal sealed record CloseCommand(string RegistrationNumber, Actor Actor);

/// <summary>Closes a question; closing one that is already closed is a 409, not a silent success.</summary>
internal sealed class CloseQuestion(PortaDbContext db, TimeProvider time)
{
    public async Task<Question> HandleAsync(CloseCommand command, CancellationToken cancellationToken)
    {
        var question = await db.GetByNumberAsync(command.RegistrationNumber, cancellationToken);
        var now = time.GetUtcNow();
        QuestionStatusRules.Move(question, QuestionStatus.Closed);
        question.ClosedAt = now;
        question.LastActivityAt = now;
        question.Record(QuestionEventKind.Closed, command.Actor, now, isPublic: true);
        await db.SaveChangesAsync(cancellationToken);
        return question;
    }
}
