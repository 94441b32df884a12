using System.Globalization;
using System.Runtime.Serialization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcsCalendar = Ical.Net.Calendar;

namespace Porta.Deadlines;

/// <summary>What an .ics import found: the closed days, what was left out and why (in the reader's language), or
/// why the file could not be read at all (then <see cref="Days"/> is empty; in English, for the API's error).</summary>
internal sealed record IcsImportResult(IReadOnlyList<DateOnly> Days, IReadOnlyList<IcsNotice> Warnings, string? Error)
{
    public bool Succeeded => Error is null;

    public static IcsImportResult Failed(string error) => new([], [], error);
}

/// <summary>
/// Closed days to and from iCalendar (RFC 5545), so an organisation can publish its holidays to agents'
/// agendas and load its closure days from the one its HR department already keeps.
/// </summary>
internal static class CalendarIcs
{
    public const string ProductId = "-//Porta//Closed days//EN";

    /// <summary>A recurring event is followed this far; an endless rule would otherwise never stop.
    /// Days off that come back every year belong in <see cref="CalendarSettings.AnnualClosureDays"/>.</summary>
    public const int RecurrenceYears = 10;

    /// <summary>A single event closing more days than this is a mistake (a wrong year), not a closure.</summary>
    public const int MaxEventDays = 366;

    /// <summary>An export covers at most this many years, so a query string cannot ask for ten thousand.</summary>
    public const int MaxExportYears = 100;

    // A rule may repeat within a day (FREQ=HOURLY on an all-day event) without adding days; this bounds
    // the work such a rule can cause.
    private const int MaxOccurrences = 366 * RecurrenceYears;

    /// <summary>
    /// One all-day event per holiday and closure day from <paramref name="fromYear"/> to
    /// <paramref name="toYear"/>, the reason key as its category and, unless <paramref name="summary"/>
    /// gives a text in the reader's language, as its summary. <paramref name="generatedAt"/> is the
    /// DTSTAMP, so the same calendar gives the same file.
    /// </summary>
    public static string Export(WorkingCalendar calendar, int fromYear, int toYear, DateTimeOffset generatedAt,
        Func<string, DateOnly, string>? summary = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(toYear - fromYear, MaxExportYears - 1, nameof(toYear));
        var stamp = new CalDateTime(generatedAt.UtcDateTime, CalDateTime.UtcTzId, true);
        var ics = new IcsCalendar { ProductId = ProductId };
        foreach (var (date, reason) in calendar.ClosedDays(fromYear, toYear))
        {
            ics.Events.Add(new CalendarEvent
            {
                Uid = string.Create(CultureInfo.InvariantCulture, $"{date:yyyyMMdd}-{reason}@porta"),
                DtStamp = stamp,
                DtStart = new CalDateTime(date),
                DtEnd = new CalDateTime(date.AddDays(1)),
                Summary = summary?.Invoke(reason, date) ?? reason,
                Categories = [reason],
                // Shown as free time in agendas: the office is closed, nobody is busy.
                Transparency = TransparencyType.Transparent,
            });
        }
        return new CalendarSerializer(ics).SerializeToString()
            ?? throw new InvalidOperationException("Ical.Net serialised the calendar to nothing.");
    }

    /// <summary>
    /// The days closed by the all-day events of an .ics file: a multi-day event closes each of its days,
    /// a recurring one each occurrence for <see cref="RecurrenceYears"/> years; cancelled and timed events
    /// are left out with a warning. A file that cannot be read gives an <see cref="IcsImportResult.Error"/>
    /// and no days, never a partial import.
    /// </summary>
    public static IcsImportResult ImportClosureDays(string ics)
    {
        if (string.IsNullOrWhiteSpace(ics))
        {
            return IcsImportResult.Failed("The file is empty.");
        }

        IcsCalendar? calendar;
        try
        {
            calendar = IcsCalendar.Load(ics);
        }
        catch (Exception ex) when (IsParseFailure(ex))
        {
            return IcsImportResult.Failed("The file is not a valid iCalendar (.ics) file: " + ex.Message);
        }
        if (calendar is null)
        {
            return IcsImportResult.Failed("The file is not an iCalendar (.ics) file: it has no BEGIN:VCALENDAR.");
        }

        var days = new SortedSet<DateOnly>();
        var warnings = new List<IcsNotice>();
        var index = 0;
        foreach (var calendarEvent in calendar.Events)
        {
            index++;
            var name = Describe(calendarEvent, index);
            try
            {
                if (ReadEvent(calendarEvent, name, days, warnings) is { } error)
                {
                    return IcsImportResult.Failed(error);
                }
            }
            catch (Exception ex) when (IsParseFailure(ex))
            {
                return IcsImportResult.Failed($"{name} cannot be read: {ex.Message}");
            }
            if (days.Count > CalendarSettings.MaxClosureDays)
            {
                return IcsImportResult.Failed(string.Create(CultureInfo.InvariantCulture,
                    $"The file closes more than {CalendarSettings.MaxClosureDays} days."));
            }
        }
        if (index == 0)
        {
            warnings.Add(new IcsNotice("NoEvents"));
        }
        return new IcsImportResult([.. days], warnings, null);
    }

    private static string? ReadEvent(CalendarEvent calendarEvent, IcsNotice name, SortedSet<DateOnly> days, List<IcsNotice> warnings)
    {
        if (calendarEvent.DtStart is not { } start)
        {
            return $"{name} has no start date (DTSTART).";
        }
        if (string.Equals(calendarEvent.Status, EventStatus.Cancelled, StringComparison.OrdinalIgnoreCase))
        {
            warnings.Add(new IcsNotice("Cancelled", name));
            return null;
        }
        if (start.HasTime)
        {
            warnings.Add(new IcsNotice("Timed", name, start.Date));
            return null;
        }

        var until = start.Date.AddYears(RecurrenceYears);
        var reachedLimit = false;
        var occurrences = 0;
        foreach (var occurrence in calendarEvent.GetOccurrences(start, null))
        {
            if (++occurrences > MaxOccurrences)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"{name} repeats more than {MaxOccurrences} times in {RecurrenceYears} years; a closure day repeats at most daily.");
            }
            var first = occurrence.Period.StartTime.Date;
            if (first >= until)
            {
                reachedLimit = true;
                break;
            }
            // DTEND of an all-day event is the day after the last one (RFC 5545 §3.6.1).
            var end = occurrence.Period.EffectiveEndTime?.Date ?? first.AddDays(1);
            var count = Math.Max(1, end.DayNumber - first.DayNumber);
            if (count > MaxEventDays)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"{name} lasts {count} days ({first:yyyy-MM-dd} to {end.AddDays(-1):yyyy-MM-dd}); an event closes at most {MaxEventDays}.");
            }
            for (var i = 0; i < count; i++)
            {
                days.Add(first.AddDays(i));
            }
            if (days.Count > CalendarSettings.MaxClosureDays)
            {
                return null;
            }
        }
        if (reachedLimit)
        {
            warnings.Add(new IcsNotice("RepeatsBeyond", name, until, RecurrenceYears));
        }
        return null;
    }

    private static IcsNotice Describe(CalendarEvent calendarEvent, int index)
    {
        var summary = calendarEvent.Summary;
        return string.IsNullOrWhiteSpace(summary) ? new IcsNotice("Event", index) : new IcsNotice("EventNamed", index, Truncate(summary));
    }

    private static string Truncate(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 80), "…");

    // Ical.Net reports bad input through these; anything else is a bug worth seeing.
    private static bool IsParseFailure(Exception ex) => ex is SerializationException or FormatException
        or ArgumentException or InvalidOperationException or OverflowException;
}
