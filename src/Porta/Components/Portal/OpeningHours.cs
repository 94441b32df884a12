using Porta.Deadlines;

namespace Porta.Components.Portal;

/// <summary>One day of the week shown on the portal: its date and opening intervals (none when closed).</summary>
internal sealed record OpeningDay(DateOnly Date, IReadOnlyList<OpeningInterval> Intervals, bool IsToday);

/// <summary>Whether the lines are open at this moment: until when, or from when again.</summary>
internal sealed record LinesNow(bool Open, TimeOnly? Until, DateTimeOffset? NextOpening);

/// <summary>The opening hours as a person asks about them: this week, and now. The organisation's calendar
/// decides, holidays and closure days included.</summary>
internal static class OpeningHours
{
    /// <summary>Monday to Sunday of the week containing <paramref name="now"/>, in the calendar's time zone.</summary>
    public static IReadOnlyList<OpeningDay> ThisWeek(WorkingCalendar calendar, DateTimeOffset now)
    {
        var today = calendar.LocalDate(now);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return [.. Enumerable.Range(0, 7).Select(i => monday.AddDays(i)).Select(d => new OpeningDay(d, calendar.OpeningHoursOn(d), d == today))];
    }

    public static LinesNow Now(WorkingCalendar calendar, DateTimeOffset now)
    {
        if (calendar.IsOpenAt(now))
        {
            var local = TimeOnly.FromDateTime(calendar.ToLocalTime(now).DateTime);
            var interval = calendar.OpeningHoursOn(calendar.LocalDate(now)).First(i => i.Start <= local && local < i.End);
            return new LinesNow(true, interval.End, null);
        }
        return new LinesNow(false, null, calendar.ToLocalTime(calendar.NextOpening(now)));
    }
}
