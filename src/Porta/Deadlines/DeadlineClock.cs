using Microsoft.Extensions.Options;
using Porta.Infrastructure;

namespace Porta.Deadlines;

/// <summary>Where a deadline stands: its state and the opening time left, in whole minutes (negative once passed).</summary>
internal sealed record DeadlineStatus(DeadlineState State, int WorkingMinutesLeft);

/// <summary>
/// One organisation's calendar at one instant, with its at-risk threshold: what every question's JSON, the
/// list filters and the watcher read a deadline with, so they always agree.
/// </summary>
internal sealed record DeadlineClock(WorkingCalendar Calendar, DateTimeOffset Now, TimeSpan AtRiskThreshold)
{
    /// <summary>The state of a deadline still running; null once the first answer is given or the question closed.</summary>
    public DeadlineStatus? StatusOf(DateTimeOffset dueAt, bool awaitsFirstAnswer)
    {
        if (!awaitsFirstAnswer)
        {
            return null;
        }
        var left = Calendar.WorkingTimeBetween(Now, dueAt);
        return new DeadlineStatus(DeadlineClassifier.Classify(Calendar, Now, dueAt, AtRiskThreshold), (int)Math.Floor(left.TotalMinutes));
    }

    /// <summary>
    /// The latest deadline that is at risk now: any deadline from now up to this instant has at most the
    /// threshold of working time left, any later one has more. Lets the database filter without the calendar.
    /// </summary>
    public DateTimeOffset AtRiskUntil => Calendar.NextOpening(Calendar.AddWorkingTime(Now, AtRiskThreshold));
}

/// <summary>Makes the <see cref="DeadlineClock"/> of the organisation a request or job has entered.</summary>
internal sealed class DeadlineClocks(PortaDbContext db, Tenant tenant, OrganisationCalendars calendars, TimeProvider time, IOptions<DeadlineOptions> options)
{
    public async Task<DeadlineClock> CurrentAsync(CancellationToken cancellationToken)
    {
        var organisationId = tenant.OrganisationId ?? throw new InvalidOperationException("Read deadlines within an organisation.");
        var calendar = await calendars.ForOrganisationAsync(db, organisationId, cancellationToken);
        return new DeadlineClock(calendar, time.GetUtcNow(), options.Value.AtRiskThreshold);
    }
}
