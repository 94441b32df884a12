using System.Collections.ObjectModel;
using System.Globalization;

namespace Porta.Deadlines;

/// <summary>
/// An organisation's working time: opening hours per weekday, public holidays and closure days in one
/// time zone. Immutable and safe to share between requests; build it once per organisation with
/// <see cref="Create"/>.
/// </summary>
/// <remarks>
/// Working time is reckoned in the calendar's wall-clock time: instants are converted to local time once
/// on the way in and once on the way out, and everything between works on ticks of the local day. A
/// daylight-saving change inside an opening interval would make that interval count by its wall-clock
/// length; Belgian changes happen at 02:00/03:00, far from any office hours.
/// </remarks>
internal sealed class WorkingCalendar
{
    private const long TicksPerDay = TimeSpan.TicksPerDay;

    // Twenty years in a row without a working day means the calendar is broken (every day of the year an
    // annual closure), not that the answer is far away.
    private const int MaxScanDays = 366 * 20;

    // Years 1900–2199 are cached; others are computed on each call, which is correct, only slower.
    private const int CacheFirstYear = 1900;
    private const int CacheYearCount = 300;

    private static readonly Lazy<WorkingCalendar> BelgianFederalCalendar =
        new(() => Create(CalendarSettings.BelgianFederalDefault), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly TimeZoneInfo _zone;

    // Opening intervals of weekday d (0 = Sunday) are [_starts[i], _ends[i]) for i in [_first[d], _first[d + 1]),
    // as ticks since local midnight, sorted and with touching intervals joined.
    private readonly long[] _starts;
    private readonly long[] _ends;
    private readonly int[] _first;
    private readonly long[] _dayTotal;
    private readonly ReadOnlyCollection<OpeningInterval>[] _hoursByWeekday;

    private readonly bool _belgianHolidays;
    private readonly Dictionary<int, DateOnly[]> _closuresByYear;
    private readonly AnnualDay[] _annualClosures;
    private readonly YearInfo?[] _years = new YearInfo?[CacheYearCount];

    private WorkingCalendar(CalendarSettings settings, TimeZoneInfo zone)
    {
        Settings = settings;
        _zone = zone;
        _belgianHolidays = settings.BelgianHolidays;
        _annualClosures = [.. settings.AnnualClosureDays];
        _closuresByYear = settings.ClosureDays
            .Distinct()
            .GroupBy(d => d.Year)
            .ToDictionary(g => g.Key, g => g.ToArray());

        var starts = new List<long>();
        var ends = new List<long>();
        _first = new int[8];
        _dayTotal = new long[7];
        _hoursByWeekday = new ReadOnlyCollection<OpeningInterval>[7];
        for (var day = 0; day < 7; day++)
        {
            _first[day] = starts.Count;
            var merged = new List<OpeningInterval>();
            foreach (var interval in settings.OpeningHours.Where(i => (int)i.Day == day).OrderBy(i => i.Start))
            {
                if (merged.Count > 0 && interval.Start <= merged[^1].End)
                {
                    var last = merged[^1];
                    merged[^1] = last with { End = interval.End > last.End ? interval.End : last.End };
                }
                else
                {
                    merged.Add(interval);
                }
            }
            foreach (var interval in merged)
            {
                starts.Add(interval.Start.Ticks);
                ends.Add(interval.End.Ticks);
                _dayTotal[day] += interval.End.Ticks - interval.Start.Ticks;
            }
            _hoursByWeekday[day] = merged.AsReadOnly();
        }
        _first[7] = starts.Count;
        _starts = [.. starts];
        _ends = [.. ends];
    }

    /// <summary>The charter's calendar (<see cref="CalendarSettings.BelgianFederalDefault"/>).</summary>
    public static WorkingCalendar BelgianFederal => BelgianFederalCalendar.Value;

    public CalendarSettings Settings { get; }

    public TimeZoneInfo TimeZone => _zone;

    /// <exception cref="InvalidCalendarSettingsException">The settings do not validate.</exception>
    public static WorkingCalendar Create(CalendarSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = settings.Validate();
        if (errors.Count > 0)
        {
            throw new InvalidCalendarSettingsException(errors);
        }
        return new WorkingCalendar(settings, TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZoneId));
    }

    /// <summary>The date on the calendar's wall clock at <paramref name="instant"/>: what "the day of
    /// receipt" means.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDayNumber(DayOf(LocalTicks(instant)));

    /// <summary><paramref name="instant"/> as the calendar's wall clock shows it, for display.</summary>
    public DateTimeOffset ToLocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone);

    public bool IsWorkingDay(DateOnly date) => YearOf(date.DayNumber).IsWorking(date.DayNumber);

    /// <summary>
    /// Why <paramref name="date"/> is closed: a holiday key (<see cref="ClosedReasons"/>, such as
    /// "easter-monday"), "closure" for the organisation's own days, "no-opening-hours" for a weekday
    /// without hours; null on a working day. A holiday wins over a closure on the same day.
    /// </summary>
    public string? ClosedReason(DateOnly date)
    {
        var year = YearOf(date.DayNumber);
        if (year.Reasons.TryGetValue(date.DayNumber, out var reason))
        {
            return reason;
        }
        return _first[(int)date.DayOfWeek] == _first[(int)date.DayOfWeek + 1] ? ClosedReasons.NoOpeningHours : null;
    }

    /// <summary>The opening intervals of <paramref name="date"/>; empty when it is not a working day.</summary>
    public IReadOnlyList<OpeningInterval> OpeningHoursOn(DateOnly date) =>
        IsWorkingDay(date) ? _hoursByWeekday[(int)date.DayOfWeek] : [];

    /// <summary>Whether <paramref name="instant"/> falls inside an opening interval (its end excluded).</summary>
    public bool IsOpenAt(DateTimeOffset instant)
    {
        var local = LocalTicks(instant);
        var day = DayOf(local);
        if (!YearOf(day).IsWorking(day))
        {
            return false;
        }
        var time = local - ((long)day * TicksPerDay);
        var dow = WeekdayOf(day);
        for (var i = _first[dow]; i < _first[dow + 1]; i++)
        {
            if (time >= _starts[i] && time < _ends[i])
            {
                return true;
            }
        }
        return false;
    }

    /// <summary><paramref name="instant"/> itself if the office is open then, otherwise the start of the next
    /// opening interval; in UTC.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset instant)
    {
        var local = LocalTicks(instant);
        var day = DayOf(local);
        var time = local - ((long)day * TicksPerDay);
        var year = YearOf(day);
        for (var closedDays = 0; closedDays <= MaxScanDays; closedDays++)
        {
            if (year.IsWorking(day))
            {
                var dow = WeekdayOf(day);
                for (var i = _first[dow]; i < _first[dow + 1]; i++)
                {
                    if (_ends[i] > time)
                    {
                        return _starts[i] <= time ? instant.ToUniversalTime() : FromLocalTicks(((long)day * TicksPerDay) + _starts[i]);
                    }
                }
            }
            day++;
            time = 0;
            if (day > year.LastDay)
            {
                year = YearFor(year.Year + 1);
            }
        }
        throw NoWorkingDay(instant);
    }

    /// <summary>
    /// Closing time (end of the last interval) of the <paramref name="workingDays"/>-th working day after
    /// the local day of <paramref name="receivedAt"/>; that day itself never counts, whatever the hour.
    /// </summary>
    public DateTimeOffset ClosingOfWorkingDayAfter(DateTimeOffset receivedAt, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workingDays);
        var day = DayOf(LocalTicks(receivedAt));
        var year = YearOf(day);
        var remaining = workingDays;
        var closedDays = 0;
        while (closedDays <= MaxScanDays)
        {
            day++;
            if (day > year.LastDay)
            {
                year = YearFor(year.Year + 1);
            }
            if (!year.IsWorking(day))
            {
                closedDays++;
            }
            else if (--remaining == 0)
            {
                return FromLocalTicks(((long)day * TicksPerDay) + _ends[_first[WeekdayOf(day) + 1] - 1]);
            }
            else
            {
                closedDays = 0;
            }
        }
        throw NoWorkingDay(receivedAt);
    }

    /// <summary>
    /// The instant when <paramref name="workingTime"/> of opening time has passed since
    /// <paramref name="start"/>, counting from the next opening when the office is closed at the start.
    /// A result that reaches an interval's end exactly stays there rather than moving to the next opening.
    /// </summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan workingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        var local = LocalTicks(start);
        var day = DayOf(local);
        var time = local - ((long)day * TicksPerDay);
        var remaining = workingTime.Ticks;
        var year = YearOf(day);
        var closedDays = 0;
        while (closedDays <= MaxScanDays)
        {
            if (!year.IsWorking(day))
            {
                closedDays++;
            }
            else
            {
                closedDays = 0;
                var dow = WeekdayOf(day);
                if (time == 0 && remaining > _dayTotal[dow])
                {
                    remaining -= _dayTotal[dow];
                }
                else
                {
                    for (var i = _first[dow]; i < _first[dow + 1]; i++)
                    {
                        var end = _ends[i];
                        if (end <= time)
                        {
                            continue;
                        }
                        var from = _starts[i] > time ? _starts[i] : time;
                        var available = end - from;
                        if (remaining <= available)
                        {
                            return FromLocalTicks(((long)day * TicksPerDay) + from + remaining);
                        }
                        remaining -= available;
                    }
                }
            }
            day++;
            time = 0;
            if (day > year.LastDay)
            {
                year = YearFor(year.Year + 1);
            }
        }
        throw NoWorkingDay(start);
    }

    /// <summary>Opening time between two instants; negative when <paramref name="to"/> is before
    /// <paramref name="from"/>. What "working time left" shows.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            return -WorkingTimeBetween(to, from);
        }
        var localFrom = LocalTicks(from);
        var localTo = LocalTicks(to);
        if (localTo <= localFrom)
        {
            // Only in the repeated hour of the autumn change, which is never open.
            return TimeSpan.Zero;
        }
        var firstDay = DayOf(localFrom);
        var lastDay = DayOf(localTo);
        var year = YearOf(firstDay);
        long total = 0;
        for (var day = firstDay; day <= lastDay; day++)
        {
            if (day > year.LastDay)
            {
                year = YearFor(year.Year + 1);
            }
            if (!year.IsWorking(day))
            {
                continue;
            }
            var dow = WeekdayOf(day);
            var dayStart = (long)day * TicksPerDay;
            var low = day == firstDay ? localFrom - dayStart : 0;
            var high = day == lastDay ? localTo - dayStart : TicksPerDay;
            if (low == 0 && high == TicksPerDay)
            {
                total += _dayTotal[dow];
                continue;
            }
            for (var i = _first[dow]; i < _first[dow + 1]; i++)
            {
                var start = _starts[i] > low ? _starts[i] : low;
                var end = _ends[i] < high ? _ends[i] : high;
                if (end > start)
                {
                    total += end - start;
                }
            }
        }
        return new TimeSpan(total);
    }

    /// <summary>
    /// Every holiday and closure day from 1 January of <paramref name="fromYear"/> to 31 December of
    /// <paramref name="toYear"/>, in date order, with its reason; the weekly closing is not listed.
    /// </summary>
    public IReadOnlyList<(DateOnly Date, string Reason)> ClosedDays(int fromYear, int toYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(toYear, fromYear);
        var days = new List<(DateOnly, string)>();
        for (var year = fromYear; year <= toYear; year++)
        {
            days.AddRange(YearFor(year).Reasons
                .OrderBy(r => r.Key)
                .Select(r => (DateOnly.FromDayNumber(r.Key), r.Value)));
        }
        return days;
    }

    private long LocalTicks(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return utc.Ticks + _zone.GetUtcOffset(utc).Ticks;
    }

    private DateTimeOffset FromLocalTicks(long local)
    {
        // For a wall-clock time that happens twice (autumn), .NET picks the standard offset; one that
        // never happens (spring) gets the offset before the change. Opening hours avoid both.
        var offset = _zone.GetUtcOffset(new DateTime(local, DateTimeKind.Unspecified));
        return new DateTimeOffset(local - offset.Ticks, TimeSpan.Zero);
    }

    private static int DayOf(long localTicks) => (int)(localTicks / TicksPerDay);

    // Day number 0 (1 January 0001) was a Monday; DayOfWeek counts Sunday as 0.
    private static int WeekdayOf(int dayNumber) => (dayNumber + 1) % 7;

    private YearInfo YearOf(int dayNumber) => YearFor(DateOnly.FromDayNumber(dayNumber).Year);

    private YearInfo YearFor(int year)
    {
        var index = year - CacheFirstYear;
        if ((uint)index >= CacheYearCount)
        {
            return BuildYear(year);
        }
        var cached = Volatile.Read(ref _years[index]);
        if (cached is not null)
        {
            return cached;
        }
        // Two threads may build the same year; both results are equal and the first one published wins.
        var built = BuildYear(year);
        return Interlocked.CompareExchange(ref _years[index], built, null) ?? built;
    }

    private YearInfo BuildYear(int year)
    {
        var firstDay = new DateOnly(year, 1, 1).DayNumber;
        var dayCount = DateTime.IsLeapYear(year) ? 366 : 365;
        var reasons = new Dictionary<int, string>();
        if (_belgianHolidays)
        {
            foreach (var (date, key) in BelgianHolidays.For(year))
            {
                reasons.TryAdd(date.DayNumber, key);
            }
        }
        foreach (var annual in _annualClosures)
        {
            if (annual.TryGetDate(year, out var date))
            {
                reasons.TryAdd(date.DayNumber, ClosedReasons.Closure);
            }
        }
        if (_closuresByYear.TryGetValue(year, out var closures))
        {
            foreach (var date in closures)
            {
                reasons.TryAdd(date.DayNumber, ClosedReasons.Closure);
            }
        }

        var working = new ulong[(dayCount + 63) / 64];
        for (var i = 0; i < dayCount; i++)
        {
            var day = firstDay + i;
            var dow = WeekdayOf(day);
            if (_first[dow] != _first[dow + 1] && !reasons.ContainsKey(day))
            {
                working[i >> 6] |= 1UL << (i & 63);
            }
        }
        return new YearInfo(year, firstDay, firstDay + dayCount - 1, working, reasons);
    }

    private static InvalidOperationException NoWorkingDay(DateTimeOffset instant) => new(string.Create(
        CultureInfo.InvariantCulture,
        $"The calendar has no working time within {MaxScanDays / 366} years of {instant:O}; check its opening hours and closure days."));

    /// <summary>One year's working days as a bitmap, and why the closed ones are closed.</summary>
    private sealed class YearInfo(int year, int firstDay, int lastDay, ulong[] working, Dictionary<int, string> reasons)
    {
        public int Year { get; } = year;
        public int LastDay { get; } = lastDay;
        public Dictionary<int, string> Reasons { get; } = reasons;

        public bool IsWorking(int dayNumber)
        {
            var i = dayNumber - firstDay;
            return (working[i >> 6] & (1UL << (i & 63))) != 0;
        }
    }
}
