using Microsoft.EntityFrameworkCore;
using Porta.Deadlines;
using Porta.Infrastructure;

namespace Porta.Questions;

internal sealed record QuestionQuery(
    string? Status = null,
    string? Team = null,
    string? Q = null,
    bool? Open = null,
    int Page = 1,
    int PageSize = 25,
    bool? AtRisk = null,
    bool? Overdue = null);

/// <summary>Lists, searches and reads questions of the current organisation.</summary>
internal sealed class ReadQuestions(PortaDbContext db, DeadlineClocks clocks, DeadlinePlanner planner)
{
    public const int MaxPageSize = 100;

    public async Task<PageOf<QuestionSummary>> ListAsync(QuestionQuery query, CancellationToken cancellationToken)
    {
        if (query.Page < 1)
        {
            throw new FieldException("page", "The page starts at 1.");
        }
        if (query.PageSize is < 1 or > MaxPageSize)
        {
            throw new FieldException("pageSize", $"The page size is between 1 and {MaxPageSize}.");
        }
        var questions = db.Questions.AsNoTracking();
        if (query.Status is not null)
        {
            // Parsed here rather than bound, so "waitingForPerson" (as the API writes it) is understood.
            if (!Enum.TryParse<QuestionStatus>(query.Status, ignoreCase: true, out var status) || !Enum.IsDefined(status))
            {
                throw new FieldException("status", $"The status is one of {string.Join(", ", Enum.GetNames<QuestionStatus>())}.");
            }
            questions = questions.Where(q => q.Status == status);
        }
        if (query.Open is true)
        {
            questions = questions.Where(q => q.Status != QuestionStatus.Closed);
        }
        if (!string.IsNullOrWhiteSpace(query.Team))
        {
            var teamId = await db.Teams.Where(t => t.Slug == query.Team).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken)
                ?? throw new FieldException("team", "There is no such team.");
            questions = questions.Where(q => q.TeamId == teamId);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            questions = Search(questions, query.Q.Trim());
        }
        var clock = await clocks.CurrentAsync(cancellationToken);
        questions = ByDeadline(questions, query, clock);
        var total = await questions.CountAsync(cancellationToken);
        var items = await Summaries(questions.OrderBy(q => q.DelayedDueAt ?? q.AnswerDueAt).ThenBy(q => q.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)).ToListAsync(cancellationToken);
        return new PageOf<QuestionSummary>(items.Select(s => WithDeadline(s, clock)).ToList(), query.Page, query.PageSize, total);
    }

    /// <summary>atRisk=true keeps the questions still awaiting their first answer with at most the at-risk
    /// threshold of working time left; overdue=true those whose date in force has passed; both together,
    /// either. False keeps the others.</summary>
    private static IQueryable<Question> ByDeadline(IQueryable<Question> questions, QuestionQuery query, DeadlineClock clock)
    {
        if (query.AtRisk is null && query.Overdue is null)
        {
            return questions;
        }
        var now = clock.Now;
        var until = clock.AtRiskUntil;
        var atRisk = query.AtRisk ?? false;
        var overdue = query.Overdue ?? false;
        var running = questions.Where(q => q.FirstAnsweredAt == null && q.Status != QuestionStatus.Closed);
        if (atRisk && overdue)
        {
            return running.Where(q => (q.DelayedDueAt ?? q.AnswerDueAt) <= until);
        }
        if (atRisk)
        {
            return running.Where(q => (q.DelayedDueAt ?? q.AnswerDueAt) >= now && (q.DelayedDueAt ?? q.AnswerDueAt) <= until);
        }
        if (overdue)
        {
            return running.Where(q => (q.DelayedDueAt ?? q.AnswerDueAt) < now);
        }
        // Both false: neither at risk nor overdue — on time, or answered.
        return questions.Where(q => q.FirstAnsweredAt != null || q.Status == QuestionStatus.Closed || (q.DelayedDueAt ?? q.AnswerDueAt) > until);
    }

    public static QuestionSummary WithDeadline(QuestionSummary summary, DeadlineClock clock)
    {
        var status = clock.StatusOf(summary.DelayedDueAt ?? summary.AnswerDueAt, summary.FirstAnsweredAt is null && summary.Status != QuestionStatus.Closed);
        return summary with { DeadlineState = status?.State, WorkingMinutesLeft = status?.WorkingMinutesLeft };
    }

    /// <summary>By number (however typed), name, e-mail, phone or words of the subject.</summary>
    private static IQueryable<Question> Search(IQueryable<Question> questions, string text)
    {
        if (RegistrationNumber.Normalise(text) is { } number)
        {
            return questions.Where(q => q.RegistrationNumber == number);
        }
        var lower = text.ToLowerInvariant();
        var pattern = "%" + lower.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        // ToLower() here is translated to SQL lower(), not run in .NET: there is no culture to pass.
#pragma warning disable CA1304, CA1311
        return questions.Where(q =>
            EF.Functions.Like(q.Subject.ToLower(), pattern, "\\")
            || EF.Functions.Like(q.Person.Name.ToLower(), pattern, "\\")
            || (q.Person.Email != null && EF.Functions.Like(q.Person.Email, pattern, "\\"))
            || (q.Person.Phone != null && EF.Functions.Like(q.Person.Phone, pattern, "\\")));
#pragma warning restore CA1304, CA1311
    }

    public IQueryable<QuestionSummary> Summaries(IQueryable<Question> questions) =>
        questions.Select(q => new QuestionSummary(
            q.RegistrationNumber, q.Subject, q.Status, q.Channel, q.Language, q.Person.Name,
            db.Teams.Where(t => t.Id == q.TeamId).Select(t => t.Name).FirstOrDefault(),
            db.Users.Where(a => a.Id == q.AssigneeId).Select(a => a.DisplayName).FirstOrDefault(),
            db.Categories.Where(c => c.Id == q.CategoryId).Select(c => c.Slug).FirstOrDefault(),
            q.ReceivedAt, q.AnswerDueAt, q.DelayedDueAt, q.FirstAnsweredAt, null, null));

    public async Task<QuestionFile> FileAsync(string registrationNumber, CancellationToken cancellationToken)
    {
        var number = RegistrationNumber.Normalise(registrationNumber) ?? throw new NotFoundException("The question");
        var question = await db.Questions.AsNoTracking().AsSplitQuery()
            .Include(q => q.Person).Include(q => q.Messages).ThenInclude(m => m.Attachments).Include(q => q.Events)
            .FirstOrDefaultAsync(q => q.RegistrationNumber == number, cancellationToken)
            ?? throw new NotFoundException("The question");
        var summary = await Summaries(db.Questions.Where(q => q.Id == question.Id)).FirstAsync(cancellationToken);
        var clock = await clocks.CurrentAsync(cancellationToken);
        var others = await Summaries(db.Questions.Where(q => q.PersonId == question.PersonId && q.Id != question.Id)
            .OrderByDescending(q => q.ReceivedAt).Take(50)).ToListAsync(cancellationToken);
        var deadline = clock.StatusOf(question.DueAt, question.AwaitsFirstAnswer);
        var person = question.Person;
        var otherDeadlines = new SlaDeadlines(
            await planner.DueAsync(question, SlaMeasure.Acknowledgement, cancellationToken),
            await planner.DueAsync(question, SlaMeasure.Resolution, cancellationToken));
        return new QuestionFile(
            question.RegistrationNumber, question.Subject, question.Status, question.Channel, question.Language,
            summary.Category, summary.Team, summary.Assignee,
            new PersonView(person.Name, person.Email, person.Phone, person.PreferredLanguage, person.CompanyNumber),
            question.ReceivedAt, question.RegisteredAt, question.AcknowledgedAt, question.FirstAnsweredAt, question.ClosedAt,
            question.AnswerDueAt, question.DelayedDueAt, question.DelayReason, question.DelayNotifiedAt,
            deadline?.State, deadline?.WorkingMinutesLeft, TimelinessOf(question, clock.Now), otherDeadlines,
            question.Messages.OrderBy(m => m.CreatedAt).Select(View).ToList(),
            question.Events.OrderBy(e => e.At).Select(e => new EventView(e.Kind, e.At, e.Actor, e.Detail)).ToList(),
            others.Select(o => WithDeadline(o, clock)).ToList());
    }

    /// <summary>A question closed without a reply counts as handled when it was closed.</summary>
    public static Timeliness TimelinessOf(Question question, DateTimeOffset now) => TimelinessClassifier.Classify(
        question.AnswerDueAt, question.DelayedDueAt, question.DelayNotifiedInTime, question.FirstAnsweredAt ?? question.ClosedAt, now);

    public static MessageView View(Message m) =>
        new(m.Id, m.Direction, m.Channel, m.BodyText, m.FromAddress, m.ToAddress, m.AuthorName, m.CreatedAt, m.Delivery,
            m.Attachments.Select(View).ToList());

    public static AttachmentView View(Attachment a) => new(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256);
}
