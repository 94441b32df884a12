using System.Globalization;
using Porta.Deadlines;

namespace Porta.Components.Workspace.Admin;

/// <summary>
/// A weekday's opening hours as one line an administrator types without script: "08:30-12:30, 13:00-16:30"
/// (an en dash or "–" works too); empty when the office is closed that day.
/// </summary>
internal static class OpeningHoursText
{
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H.mm", "HH.mm", "H'h'mm", "HH'h'mm"];

    public static string Format(IEnumerable<OpeningInterval> hours, DayOfWeek day) => string.Join(", ", hours
        .Where(h => h.Day == day)
        .OrderBy(h => h.Start)
        .Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.Start:HH:mm}-{h.End:HH:mm}")));

    /// <summary>Adds the intervals of <paramref name="text"/> to <paramref name="hours"/>; false, adding nothing,
    /// when a part is not "start-end". Order and overlaps are for <see cref="CalendarSettings.Validate"/>.</summary>
    public static bool TryParse(DayOfWeek day, string? text, List<OpeningInterval> hours)
    {
        var parsed = new List<OpeningInterval>();
        foreach (var part in (text ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var times = part.Split(['-', '–', '—'], StringSplitOptions.TrimEntries);
            if (times.Length != 2 || !TryTime(times[0], out var start) || !TryTime(times[1], out var end))
            {
                return false;
            }
            parsed.Add(new OpeningInterval(day, start, end));
        }
        hours.AddRange(parsed);
        return true;
    }

    private static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}

/// <summary>The days closed every year as one line, day then month as Belgians write them: "2/11, 15/11, 26/12".</summary>
internal static class AnnualDaysText
{
    public static string Format(IEnumerable<AnnualDay> days) => string.Join(", ", days
        .OrderBy(d => d.Month).ThenBy(d => d.Day)
        .Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Day}/{d.Month}")));

    /// <summary>False when a part is not two numbers; whether they make a date is for <see cref="CalendarSettings.Validate"/>.</summary>
    public static bool TryParse(string? text, out List<AnnualDay> days)
    {
        days = [];
        foreach (var part in (text ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var numbers = part.Split(['/', '.', '-'], StringSplitOptions.TrimEntries);
            if (numbers.Length != 2
                || !int.TryParse(numbers[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                || !int.TryParse(numbers[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month))
            {
                return false;
            }
            days.Add(new AnnualDay(month, day));
        }
        return true;
    }
}
