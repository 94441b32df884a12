using Microsoft.EntityFrameworkCore;
using Porta.Deadlines;
using Porta.Infrastructure;

namespace Porta.Questions;

/// <summary>The work lists of the workspace. "Active" questions wait for the organisation's answer; at risk and
/// overdue are those whose first-answer deadline still runs, read as <see cref="DeadlineClock"/> reads them.</summary>
internal enum Queue
{
    Mine,
    Team,
    Unassigned,
    AtRisk,
    Overdue,
    Waiting,
}

/// <summary>How many questions each queue holds; what the workspace's live counters show.</summary>
internal sealed record QueueCounts(int Mine, int Team, int Unassigned, int AtRisk, int Overdue, int Waiting);

/// <summary>
/// Reads the queues of one agent in the current organisation, soonest deadline first, a page at a time.
/// Every query starts from the organisation, the team or assignee and the status, in the order of the queue
/// indexes (<see cref="Infrastructure.Migrations.QueueIndexes"/>); the counts are one pass over the organisation's
/// unfinished questions.
/// </summary>
internal sealed class QuestionQueues(PortaDbContext db, ReadQuestions read, DeadlineClocks clocks)
{
    public const int PageSize = 25;

    private static readonly QuestionStatus[] Active = [QuestionStatus.New, QuestionStatus.Open, QuestionStatus.Transferred];

    public async Task<PageOf<QuestionSummary>> ListAsync(Queue queue, Guid? agentId, int page, CancellationToken cancellationToken)
    {
        if (page < 1)
        {
            throw new FieldException("page", "The page starts at 1.");
        }
        var clock = await clocks.CurrentAsync(cancellationToken);
        var questions = await FilterAsync(queue, agentId, clock, cancellationToken);
        var total = await questions.CountAsync(cancellationToken);
        var items = await read.Summaries(questions.OrderBy(q => q.DelayedDueAt ?? q.AnswerDueAt).ThenBy(q => q.Id).Skip((page - 1) * PageSize).Take(PageSize))
            .ToListAsync(cancellationToken);
        return new PageOf<QuestionSummary>(items.Select(q => ReadQuestions.WithDeadline(q, clock)).ToList(), page, PageSize, total);
    }

    public async Task<QueueCounts> CountAsync(Guid? agentId, CancellationToken cancellationToken)
    {
        var clock = await clocks.CurrentAsync(cancellationToken);
        var (now, atRiskUntil) = (clock.Now, clock.AtRiskUntil);
        var teams = await TeamsOfAsync(agentId, cancellationToken);
        var counts = await db.Questions
            .Where(q => Active.Contains(q.Status) || q.Status == QuestionStatus.WaitingForPerson)
            .GroupBy(_ => 1)
            .Select(g => new QueueCounts(
                g.Count(q => q.Status != QuestionStatus.WaitingForPerson && agentId != null && q.AssigneeId == agentId),
                g.Count(q => q.Status != QuestionStatus.WaitingForPerson && q.TeamId != null && teams.Contains(q.TeamId.Value)),
                g.Count(q => q.Status != QuestionStatus.WaitingForPerson && q.AssigneeId == null),
                g.Count(q => q.Status != QuestionStatus.WaitingForPerson && q.FirstAnsweredAt == null && (q.DelayedDueAt ?? q.AnswerDueAt) >= now && (q.DelayedDueAt ?? q.AnswerDueAt) <= atRiskUntil),
                g.Count(q => q.Status != QuestionStatus.WaitingForPerson && q.FirstAnsweredAt == null && (q.DelayedDueAt ?? q.AnswerDueAt) < now),
                g.Count(q => q.Status == QuestionStatus.WaitingForPerson)))
            .FirstOrDefaultAsync(cancellationToken);
        return counts ?? new QueueCounts(0, 0, 0, 0, 0, 0);
    }

    private async Task<IQueryable<Question>> FilterAsync(Queue queue, Guid? agentId, DeadlineClock clock, CancellationToken cancellationToken)
    {
        var questions = db.Questions.AsNoTracking();
        var active = questions.Where(q => Active.Contains(q.Status));
        switch (queue)
        {
            case Queue.Mine:
                return active.Where(q => agentId != null && q.AssigneeId == agentId);
            case Queue.Team:
                var teams = await TeamsOfAsync(agentId, cancellationToken);
                return active.Where(q => q.TeamId != null && teams.Contains(q.TeamId.Value));
            case Queue.Unassigned:
                return active.Where(q => q.AssigneeId == null);
            case Queue.AtRisk:
                var (now, until) = (clock.Now, clock.AtRiskUntil);
                return active.Where(q => q.FirstAnsweredAt == null && (q.DelayedDueAt ?? q.AnswerDueAt) >= now && (q.DelayedDueAt ?? q.AnswerDueAt) <= until);
            case Queue.Overdue:
                var passed = clock.Now;
                return active.Where(q => q.FirstAnsweredAt == null && (q.DelayedDueAt ?? q.AnswerDueAt) < passed);
            case Queue.Waiting:
                return questions.Where(q => q.Status == QuestionStatus.WaitingForPerson);
            default:
                throw new FieldException("queue", $"The queue is one of {string.Join(", ", Enum.GetNames<Queue>())}.");
        }
    }

    private async Task<List<Guid>> TeamsOfAsync(Guid? agentId, CancellationToken cancellationToken) =>
        agentId is null ? [] : await db.AgentTeams.Where(t => t.AgentId == agentId).Select(t => t.TeamId).ToListAsync(cancellationToken);
}
