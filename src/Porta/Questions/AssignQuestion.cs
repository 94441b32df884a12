using Microsoft.EntityFrameworkCore;
using Porta.Infrastructure;

namespace Porta.Questions;

/// <summary>Whom to give the question to: an agent of the organisation by e-mail address, or, with none named,
/// the agent who acts ("take").</summary>
internal sealed record AssignCommand(string RegistrationNumber, string? AgentEmail, Actor Actor);

/// <summary>
/// Gives a question to one agent of the organisation, who then finds it in "mine". Taking a new question
/// opens it. A closed question is not assigned (409): it comes back only when the person writes again.
/// </summary>
internal sealed class AssignQuestion(PortaDbContext db, Tenant tenant, TimeProvider time)
{
    public async Task<Question> HandleAsync(AssignCommand command, CancellationToken cancellationToken)
    {
        var question = await db.GetByNumberAsync(command.RegistrationNumber, cancellationToken);
        var agent = await AgentAsync(command, cancellationToken);
        if (QuestionStatusRules.IsFinished(question.Status))
        {
            throw new InvalidTransitionException(question.Status, question.Status);
        }
        var now = time.GetUtcNow();
        if (question.Status == QuestionStatus.New)
        {
            QuestionStatusRules.Move(question, QuestionStatus.Open);
        }
        question.AssigneeId = agent.Id;
        question.LastActivityAt = now;
        question.Record(QuestionEventKind.Assigned, command.Actor, now, agent.DisplayName);
        await db.SaveChangesAsync(cancellationToken);
        return question;
    }

    /// <summary>Agents are not behind the tenant filter (sign-in needs them), so the organisation is compared here.</summary>
    private async Task<(Guid Id, string DisplayName)> AgentAsync(AssignCommand command, CancellationToken cancellationToken)
    {
        var organisationId = tenant.OrganisationId;
        var agents = db.Users.Where(a => a.OrganisationId == organisationId);
        if (string.IsNullOrWhiteSpace(command.AgentEmail))
        {
            var self = command.Actor.AgentId ?? throw new FieldException("agent", "Name the agent (their e-mail address): this token is no agent.");
            agents = agents.Where(a => a.Id == self);
        }
        else
        {
            var email = command.AgentEmail.Trim().ToUpperInvariant();
            agents = agents.Where(a => a.NormalizedEmail == email);
        }
        var found = await agents.Select(a => new { a.Id, a.DisplayName }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new FieldException("agent", "There is no such agent in this organisation.");
        return (found.Id, found.DisplayName);
    }
}
