using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Porta.Infrastructure;
using Porta.Questions;

namespace Porta.Deadlines;

/// <summary>
/// The background job that watches deadlines: every poll, in each organisation, it finds the questions
/// awaiting their first answer that became at risk or overdue and have not been reminded for that threshold
/// and date, and has <see cref="RemindHolder"/> remind their holder. Any number of nodes may run it: the
/// reminder's unique key lets one of them through and turns the others away.
/// </summary>
internal sealed partial class DeadlineWatcher(IServiceScopeFactory scopes, TimeProvider time, IOptions<DeadlineOptions> options,
    ILogger<DeadlineWatcher> logger) : PollingService(time, logger)
{
    protected override async Task<TimeSpan> RunRoundAsync(CancellationToken stoppingToken)
    {
        await RunOnceAsync(stoppingToken);
        return TimeSpan.FromSeconds(options.Value.WatcherPollSeconds);
    }

    /// <summary>One pass over every organisation; returns how many reminders this node sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        List<Guid> organisations;
        await using (var scope = scopes.CreateAsyncScope())
        {
            organisations = await scope.ServiceProvider.GetRequiredService<PortaDbContext>().Organisations
                .Select(o => o.Id).ToListAsync(cancellationToken);
        }
        var sent = 0;
        foreach (var organisationId in organisations)
        {
            try
            {
                sent += await WatchAsync(organisationId, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One organisation's failure (a calendar that no longer loads) must not silence the others' reminders.
                LogOrganisationFailure(logger, organisationId, e);
            }
        }
        return sent;
    }

    private async Task<int> WatchAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<Tenant>().Enter(organisationId);
        var db = services.GetRequiredService<PortaDbContext>();
        var remind = services.GetRequiredService<RemindHolder>();
        var clock = await services.GetRequiredService<DeadlineClocks>().CurrentAsync(cancellationToken);
        var sent = 0;
        foreach (var (questionId, threshold) in await DueForReminderAsync(db, clock, cancellationToken))
        {
            try
            {
                if (await remind.SendAsync(questionId, threshold, clock, cancellationToken))
                {
                    sent++;
                }
            }
            catch (DbUpdateException)
            {
                // Another node reminded it between our query and our insert: its reminder stands, ours is dropped.
                if (!await RemindedElsewhereAsync(db, questionId, threshold, cancellationToken))
                {
                    throw;
                }
            }
        }
        return sent;
    }

    private static async Task<List<(Guid, DeadlineState)>> DueForReminderAsync(PortaDbContext db, DeadlineClock clock, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var until = clock.AtRiskUntil;
        var running = db.Questions.AsNoTracking().Where(q => q.FirstAnsweredAt == null && q.Status != QuestionStatus.Closed);
        var overdue = await running
            .Where(q => (q.DelayedDueAt ?? q.AnswerDueAt) < now)
            .Where(q => !db.DeadlineReminders.Any(r => r.QuestionId == q.Id && r.Threshold == DeadlineState.Overdue && r.DueAt == (q.DelayedDueAt ?? q.AnswerDueAt)))
            .Select(q => q.Id).ToListAsync(cancellationToken);
        var atRisk = await running
            .Where(q => (q.DelayedDueAt ?? q.AnswerDueAt) >= now && (q.DelayedDueAt ?? q.AnswerDueAt) <= until)
            .Where(q => !db.DeadlineReminders.Any(r => r.QuestionId == q.Id && r.Threshold == DeadlineState.AtRisk && r.DueAt == (q.DelayedDueAt ?? q.AnswerDueAt)))
            .Select(q => q.Id).ToListAsync(cancellationToken);
        return [.. overdue.Select(id => (id, DeadlineState.Overdue)), .. atRisk.Select(id => (id, DeadlineState.AtRisk))];
    }

    private static async Task<bool> RemindedElsewhereAsync(PortaDbContext db, Guid questionId, DeadlineState threshold, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var question = await db.Questions.AsNoTracking().FirstAsync(q => q.Id == questionId, cancellationToken);
        var dueAt = question.DueAt;
        return await db.DeadlineReminders.AnyAsync(r => r.QuestionId == questionId && r.Threshold == threshold && r.DueAt == dueAt, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The deadline watcher failed for organisation {OrganisationId}; the next poll tries again")]
    private static partial void LogOrganisationFailure(ILogger logger, Guid organisationId, Exception e);
}
