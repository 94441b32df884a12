using Microsoft.EntityFrameworkCore;
using Porta.Deadlines;
using Porta.Infrastructure;

namespace Porta.Questions;

/// <summary>The work lists of the workspace. "Active" questions wait for the organisation's answer.</summary>
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

/// <summary>A question in a queue, with the working time left before its deadline (negative once passed).</summary>
internal sealed record QueueItem(QuestionSummary Question, DateTimeOffset DueAt, TimeSpan WorkingTimeLeft, DeadlineState State);

/// <summary>
/// Reads the queues of one agent in the current organisation, soonest deadline first, a page at a time.
/// Every query starts from the organisation and status (or assignee, or team), so the indexes on
/// (OrganisationId, Status, AnswerDueAt), (OrganisationId, AssigneeId, Status) and (OrganisationId, TeamId, Status)
/// serve it; the counts are one pass over the organisation's unfinished questions.
/// </summary>
internal sealed class QuestionQueues(PortaDbContext db, Tenant tenant, ReadQuestions read, OrganisationCalendars calendars, TimeProvider time)
{
    public const int PageSize = 25;

    private static readonly QuestionStatus[] Active = [QuestionStatus.New, QuestionStatus.Open, QuestionStatus.Transferred];

    public async Task<PageOf<QueueItem>> ListAsync(Queue queue, Guid? agentId, int page, CancellationToken cancellationToken)
    {
        if (page < 1)
        {
            throw new FieldException("page", "The page starts at 1.");
        }
        var calendar = await CalendarAsync(cancellationToken);
        var now = time.GetUtcNow();
        var questions = await FilterAsync(queue, agentId, calendar, now, cancellationToken);
        var total = await questions.CountAsync(cancellationToken);
        var items = await read.Summaries(questions.OrderBy(q => q.DelayedDueAt ?? q.AnswerDueAt).ThenBy(q => q.Id).Skip((page - 1) * PageSize).Take(PageSize))
            .ToListAsync(cancellationToken);
        return new PageOf<QueueItem>(items.Select(q => Item(q, calendar, now)).ToList(), page, PageSize, total);
    }

    public async Task<QueueCounts> CountAsync(Guid? agentId, CancellationToken cancellationToken)
    {
        var calendar = await CalendarAsync(cancellationToken);
        var now = time.GetUtcNow();
        var atRiskUntil = calendar.AddWorkingTime(now, DeadlineClassifier.DefaultAtRiskThreshold);
        var teams = await TeamsOfAsync(agentId, cancellationToken);
        var counts = await db.Questions
            .Where(q => Active.Contains(q.Status) || q.Status == QuestionStatus.WaitingForPerson)
            .GroupBy(_ => 1)
            .Select(g => new QueueCounts(
                g.Count(q => q.Status != QuestionStatus.WaitingForPerson && agentId != null && q.AssigneeId == agentId),
                g.Count(q => q.Status != QuestionStatus.WaitingForPerson && q.TeamId != null && teams.Contains(q.TeamId.Value)),
                g.Count(q => q.Status != QuestionStatus.WaitingForPerson && q.AssigneeId == null),
                g.Count(q => q.Status != QuestionStatus.WaitingForPerson && (q.DelayedDueAt ?? q.AnswerDueAt) >= now && (q.DelayedDueAt ?? q.AnswerDueAt) <= atRiskUntil),
                g.Count(q => q.Status != QuestionStatus.WaitingForPerson && (q.DelayedDueAt ?? q.AnswerDueAt) < now),
                g.Count(q => q.Status == QuestionStatus.WaitingForPerson)))
            .FirstOrDefaultAsync(cancellationToken);
        return counts ?? new QueueCounts(0, 0, 0, 0, 0, 0);
    }

    public static QueueItem Item(QuestionSummary question, WorkingCalendar calendar, DateTimeOffset now)
    {
        var due = question.DelayedDueAt ?? question.AnswerDueAt;
        return new QueueItem(question, due, calendar.WorkingTimeBetween(now, due), DeadlineClassifier.Classify(calendar, now, due));
    }

    public Task<WorkingCalendar> CalendarAsync(CancellationToken cancellationToken) =>
        calendars.ForOrganisationAsync(db, tenant.OrganisationId!.Value, cancellationToken);

    private async Task<IQueryable<Question>> FilterAsync(Queue queue, Guid? agentId, WorkingCalendar calendar, DateTimeOffset now, CancellationToken cancellationToken)
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
                var atRiskUntil = calendar.AddWorkingTime(now, DeadlineClassifier.DefaultAtRiskThreshold);
                return active.Where(q => (q.DelayedDueAt ?? q.AnswerDueAt) >= now && (q.DelayedDueAt ?? q.AnswerDueAt) <= atRiskUntil);
            case Queue.Overdue:
                return active.Where(q => (q.DelayedDueAt ?? q.AnswerDueAt) < now);
            case Queue.Waiting:
                return questions.Where(q => q.Status == QuestionStatus.WaitingForPerson);
            default:
                throw new FieldException("queue", $"The queue is one of {string.Join(", ", Enum.GetNames<Queue>())}.");
        }
    }

    private async Task<List<Guid>> TeamsOfAsync(Guid? agentId, CancellationToken cancellationToken) =>
        agentId is null ? [] : await db.AgentTeams.Where(t => t.AgentId == agentId).Select(t => t.TeamId).ToListAsync(cancellationToken);
}
