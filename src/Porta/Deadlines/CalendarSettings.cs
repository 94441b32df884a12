using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Porta.Deadlines;

/// <summary>One opening interval on a weekday, in the calendar's wall-clock time, end excluded.</summary>
internal sealed record OpeningInterval(
    [property: JsonConverter(typeof(JsonStringEnumConverter<DayOfWeek>))] DayOfWeek Day,
    TimeOnly Start,
    TimeOnly End);

/// <summary>A day that comes back every year (the federal 15 November), so nobody has to re-enter it
/// each January. 29 February only closes leap years.</summary>
internal sealed record AnnualDay(int Month, int Day)
{
    public bool TryGetDate(int year, out DateOnly date)
    {
        if (Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(year, Month))
        {
            date = new DateOnly(year, Month, Day);
            return true;
        }
        date = default;
        return false;
    }
}

/// <summary>
/// What an organisation stores about its working time, as plain data so it can live in one JSON column
/// (<see cref="ToJson"/>, <see cref="FromJson"/>). Only <see cref="WorkingCalendar.Create"/> turns it
/// into something that computes; <see cref="Validate"/> says what is wrong, field by field.
/// </summary>
internal sealed record CalendarSettings
{
    public const string DefaultTimeZoneId = "Europe/Brussels";

    /// <summary>Enough for decades of closures; the bound keeps a pasted file from making every
    /// calendar build slow.</summary>
    public const int MaxClosureDays = 5000;

    public string TimeZoneId { get; init; } = DefaultTimeZoneId;

    public IReadOnlyList<OpeningInterval> OpeningHours { get; init; } = [];

    public bool BelgianHolidays { get; init; } = true;

    /// <summary>Single days off (a bridge day, a move); each is closed all day.</summary>
    public IReadOnlyList<DateOnly> ClosureDays { get; init; } = [];

    /// <summary>Days off every year beyond the public holidays, such as the federal civil service's
    /// 2 November, 15 November and 26 December (<see cref="FederalCivilServiceDays"/>).</summary>
    public IReadOnlyList<AnnualDay> AnnualClosureDays { get; init; } = [];

    /// <summary>The charter's hours: Monday to Thursday 08:30–12:30 and 13:00–16:30, Friday until 16:00,
    /// Europe/Brussels, Belgian public holidays, no extra closure days.</summary>
    public static CalendarSettings BelgianFederalDefault { get; } = new()
    {
        OpeningHours =
        [
            .. WeekdayHours(DayOfWeek.Monday, new TimeOnly(16, 30)),
            .. WeekdayHours(DayOfWeek.Tuesday, new TimeOnly(16, 30)),
            .. WeekdayHours(DayOfWeek.Wednesday, new TimeOnly(16, 30)),
            .. WeekdayHours(DayOfWeek.Thursday, new TimeOnly(16, 30)),
            .. WeekdayHours(DayOfWeek.Friday, new TimeOnly(16, 0)),
        ],
    };

    /// <summary>The days federal civil servants have off on top of the public holidays (2 November,
    /// 15 November — the King's Feast — and 26 December), for organisations that close on them.</summary>
    public static IReadOnlyList<AnnualDay> FederalCivilServiceDays { get; } =
        [new AnnualDay(11, 2), new AnnualDay(11, 15), new AnnualDay(12, 26)];

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Reads what <see cref="ToJson"/> wrote; missing fields take their defaults. The result is
    /// not validated yet.</summary>
    /// <exception cref="JsonException">The text is not a settings object.</exception>
    public static CalendarSettings FromJson(string json) =>
        JsonSerializer.Deserialize<CalendarSettings>(json, JsonOptions)
        ?? throw new JsonException("The calendar settings are 'null'.");

    /// <summary>
    /// Every problem, keyed by the JSON path of the field (camelCase, as the API and the admin form name
    /// it), ready for a validation ProblemDetails. Empty when the settings are usable.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }
            list.Add(message);
        }

        if (string.IsNullOrWhiteSpace(TimeZoneId))
        {
            Add("timeZoneId", "A time zone is required, such as 'Europe/Brussels'.");
        }
        else if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId, out var zone))
        {
            Add("timeZoneId", $"'{TimeZoneId}' is not a known IANA time zone, such as 'Europe/Brussels'.");
        }
        else if (!zone.HasIanaId)
        {
            // Windows ids resolve on some hosts only; IANA ids resolve everywhere .NET runs.
            Add("timeZoneId", $"'{TimeZoneId}' is a Windows time zone name; use its IANA id, such as 'Europe/Brussels'.");
        }

        if (OpeningHours is null)
        {
            Add("openingHours", "Opening hours are required.");
        }
        else
        {
            for (var i = 0; i < OpeningHours.Count; i++)
            {
                var interval = OpeningHours[i];
                var field = string.Create(CultureInfo.InvariantCulture, $"openingHours[{i}]");
                if (interval is null)
                {
                    Add(field, "An opening interval is empty.");
                    continue;
                }
                if (!Enum.IsDefined(interval.Day))
                {
                    Add(field + ".day", $"'{interval.Day}' is not a day of the week.");
                }
                if (interval.Start >= interval.End)
                {
                    Add(field, string.Create(CultureInfo.InvariantCulture,
                        $"{interval.Day} {interval.Start:HH:mm}–{interval.End:HH:mm}: the start must be before the end."));
                }
            }
            AddOverlaps(Add);
            if (!HasUsableInterval())
            {
                Add("openingHours", "At least one opening interval is needed, otherwise no deadline can ever fall.");
            }
        }

        if (ClosureDays is null)
        {
            Add("closureDays", "The list of closure days is required (it may be empty).");
        }
        else if (ClosureDays.Count > MaxClosureDays)
        {
            Add("closureDays", string.Create(CultureInfo.InvariantCulture,
                $"At most {MaxClosureDays} closure days; this list has {ClosureDays.Count}."));
        }

        if (AnnualClosureDays is null)
        {
            Add("annualClosureDays", "The list of annual closure days is required (it may be empty).");
        }
        else
        {
            for (var i = 0; i < AnnualClosureDays.Count; i++)
            {
                var day = AnnualClosureDays[i];
                // 2024 is a leap year, so 29 February passes and 30 February does not.
                if (day is null || !day.TryGetDate(2024, out _))
                {
                    Add(string.Create(CultureInfo.InvariantCulture, $"annualClosureDays[{i}]"),
                        day is null ? "An annual closure day is empty." : string.Create(CultureInfo.InvariantCulture,
                            $"Month {day.Month}, day {day.Day} is not a date."));
                }
            }
        }

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    private void AddOverlaps(Action<string, string> add)
    {
        var indexed = new List<(int Index, OpeningInterval Interval)>();
        for (var i = 0; i < OpeningHours.Count; i++)
        {
            if (OpeningHours[i] is { } interval && interval.Start < interval.End)
            {
                indexed.Add((i, interval));
            }
        }
        indexed.Sort((a, b) => a.Interval.Day != b.Interval.Day
            ? a.Interval.Day.CompareTo(b.Interval.Day)
            : a.Interval.Start.CompareTo(b.Interval.Start));
        for (var k = 1; k < indexed.Count; k++)
        {
            var (prevIndex, prev) = indexed[k - 1];
            var (index, current) = indexed[k];
            // Touching intervals (12:00–13:00 then 13:00–14:00) are fine: the calendar joins them.
            if (prev.Day == current.Day && current.Start < prev.End)
            {
                add(string.Create(CultureInfo.InvariantCulture, $"openingHours[{index}]"), string.Create(CultureInfo.InvariantCulture,
                    $"{current.Day} {current.Start:HH:mm}–{current.End:HH:mm} overlaps {prev.Start:HH:mm}–{prev.End:HH:mm} (openingHours[{prevIndex}])."));
            }
        }
    }

    private bool HasUsableInterval()
    {
        foreach (var interval in OpeningHours)
        {
            if (interval is not null && Enum.IsDefined(interval.Day) && interval.Start < interval.End)
            {
                return true;
            }
        }
        return false;
    }

    private static OpeningInterval[] WeekdayHours(DayOfWeek day, TimeOnly close) =>
        [new(day, new TimeOnly(8, 30), new TimeOnly(12, 30)), new(day, new TimeOnly(13, 0), close)];
}

/// <summary>Settings that <see cref="CalendarSettings.Validate"/> rejected, with every reason.</summary>
internal sealed class InvalidCalendarSettingsException(IReadOnlyDictionary<string, string[]> errors)
    : ArgumentException("The calendar settings are not valid: " + string.Join(" ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
