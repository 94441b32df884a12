using Microsoft.EntityFrameworkCore;
using Porta.Infrastructure;

namespace Porta.Questions;

internal sealed record TransferCommand(string RegistrationNumber, string TeamSlug, string? AgentEmail, string? Note, Actor Actor);

/// <summary>Hands a question to another team (a back-office service of experts) and, optionally, to one of
/// its agents; the note travels with it so the person does not have to repeat anything.</summary>
internal sealed class TransferQuestion(PortaDbContext db, TimeProvider time)
{
    public async Task<Question> HandleAsync(TransferCommand command, CancellationToken cancellationToken)
    {
        var question = await db.GetByNumberAsync(command.RegistrationNumber, cancellationToken);
        var team = await db.Teams.FirstOrDefaultAsync(t => t.Slug == command.TeamSlug, cancellationToken)
            ?? throw new FieldException("team", "There is no such team.");
        Guid? agentId = null;
        if (!string.IsNullOrWhiteSpace(command.AgentEmail))
        {
            var email = command.AgentEmail.Trim().ToUpperInvariant();
            agentId = await db.Users.Where(a => a.NormalizedEmail == email && a.Teams.Any(t => t.TeamId == team.Id))
                .Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken)
                ?? throw new FieldException("agent", "There is no such agent in that team.");
        }
        var now = time.GetUtcNow();
        QuestionStatusRules.Move(question, QuestionStatus.Transferred);
        question.TeamId = team.Id;
        question.AssigneeId = agentId;
        question.LastActivityAt = now;
        question.Record(QuestionEventKind.Transferred, command.Actor, now, team.Name);
        if (!string.IsNullOrWhiteSpace(command.Note))
        {
            db.Messages.Add(Message.Note(question, command.Note, command.Actor, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        return question;
    }
}
