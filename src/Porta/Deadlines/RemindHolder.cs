using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Porta.Channels.Email;
using Porta.Infrastructure;
using Porta.Questions;

namespace Porta.Deadlines;

/// <summary>
/// The charter's "réaction": tells whoever holds a question — its assignee, else every member of its team —
/// that its deadline is near or passed. The reminder row and the mails are saved together, so either both
/// are committed or neither; the row's unique key stops a second sending (see <see cref="DeadlineReminder"/>).
/// </summary>
internal sealed class RemindHolder(PortaDbContext db, MailOutbox outbox, PublicLinks links)
{
    public const string Purpose = "reminder";

    /// <summary>Reminds the holder of a question that reached <paramref name="threshold"/>; false, sending
    /// nothing, when the question no longer stands there (answered, or given a new date, meanwhile).</summary>
    public async Task<bool> SendAsync(Guid questionId, DeadlineState threshold, DeadlineClock clock, CancellationToken cancellationToken)
    {
        var question = await db.Questions.FirstAsync(q => q.Id == questionId, cancellationToken);
        if (clock.StatusOf(question.DueAt, question.AwaitsFirstAnswer)?.State != threshold)
        {
            return false;
        }
        var holders = await HoldersAsync(question, cancellationToken);
        var now = clock.Now;
        db.DeadlineReminders.Add(new DeadlineReminder
        {
            OrganisationId = question.OrganisationId,
            QuestionId = question.Id,
            Threshold = threshold,
            DueAt = question.DueAt,
            SentAt = now,
            Recipients = holders.Count,
        });
        var left = clock.Calendar.WorkingTimeBetween(now, question.DueAt);
        foreach (var holder in holders)
        {
            outbox.Queue(question.OrganisationId, Purpose, Mail(question, holder, threshold, left, clock.Calendar.TimeZone), now, question.Id);
        }
        question.Record(QuestionEventKind.ReminderSent, Actor.System, now, string.Create(CultureInfo.InvariantCulture,
            $"{JsonName(threshold)}: {(holders.Count == 0 ? "nobody holds the question" : string.Join(", ", holders.Select(h => h.Name)))}"));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private sealed record Holder(string Email, string Name, string Language);

    private async Task<List<Holder>> HoldersAsync(Question question, CancellationToken cancellationToken)
    {
        // Agents are not filtered by tenant (see PortaDbContext): the organisation is named here.
        var agents = db.Users.AsNoTracking().Where(a => a.OrganisationId == question.OrganisationId && a.Email != null);
        var holders = question.AssigneeId is { } assignee
            ? agents.Where(a => a.Id == assignee)
            : agents.Where(a => a.Teams.Any(t => t.TeamId == question.TeamId));
        return await holders.OrderBy(a => a.Email).Select(a => new Holder(a.Email!, a.DisplayName, a.Language)).ToListAsync(cancellationToken);
    }

    private OutgoingMail Mail(Question question, Holder holder, DeadlineState threshold, TimeSpan left, TimeZoneInfo zone)
    {
        var language = Language.IsSupported(holder.Language) ? holder.Language : Language.French;
        var due = Cultures.LongDateTime(question.DueAt, language, zone);
        var link = links.WorkspaceQuestion(language, question.RegistrationNumber);
        var (subject, body) = threshold == DeadlineState.Overdue
            ? (MailTexts.Format("ReminderOverdueSubject", language, question.RegistrationNumber, due),
               MailTexts.Format("ReminderOverdueBody", language, holder.Name, question.RegistrationNumber, question.Subject, due, link))
            : (MailTexts.Format("ReminderAtRiskSubject", language, question.RegistrationNumber, due),
               MailTexts.Format("ReminderAtRiskBody", language, holder.Name, question.RegistrationNumber, question.Subject, due,
                   string.Create(CultureInfo.InvariantCulture, $"{(int)left.TotalHours} h {left.Minutes:00}"), link));
        return new OutgoingMail(holder.Email, holder.Name, subject, body, outbox.NewMessageId());
    }

    private static string JsonName(DeadlineState state) => state == DeadlineState.AtRisk ? "atRisk" : "overdue";
}
