namespace Porta.Deadlines;

/// <summary>
/// When a promise made at receipt falls due (PRODUCT.md §2):
/// <list type="bullet">
/// <item>N working days end at closing time of the N-th working day after the local day of receipt; the
/// day of receipt never counts, whatever the hour, and closed days are skipped;</item>
/// <item>N working hours count only time inside opening intervals, starting at the next opening when
/// received while closed, and stay at an interval's end when they reach it exactly;</item>
/// <item>N calendar hours are plain elapsed time.</item>
/// </list>
/// Results are in UTC.
/// </summary>
internal static class DeadlineCalculator
{
    /// <exception cref="ArgumentOutOfRangeException">The amount is not between 1 and
    /// <see cref="SlaDuration.MaxAmount"/>, or the unit is unknown.</exception>
    public static DateTimeOffset DueAt(WorkingCalendar calendar, DateTimeOffset receivedAt, SlaDuration duration)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (!duration.IsValid)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration,
                "An SLA duration is between 1 and 10000 working days, working hours or hours.");
        }
        return duration.Unit switch
        {
            SlaUnit.WorkingDays => calendar.ClosingOfWorkingDayAfter(receivedAt, duration.Amount),
            SlaUnit.WorkingHours => calendar.AddWorkingTime(receivedAt, TimeSpan.FromHours(duration.Amount)),
            _ => receivedAt.ToUniversalTime().AddHours(duration.Amount),
        };
    }

    /// <summary>Opening time from <paramref name="from"/> to <paramref name="to"/>, negative once
    /// <paramref name="to"/> has passed: "working time left" when <paramref name="to"/> is a deadline.</summary>
    public static TimeSpan WorkingTimeBetween(WorkingCalendar calendar, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.WorkingTimeBetween(from, to);
    }
}
