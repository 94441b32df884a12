using Porta.Deadlines;
using static Porta.Tests.Deadlines.DeadlineTestData;

namespace Porta.Tests.Deadlines;

public sealed class WorkingCalendarTests
{
    [Theory]
    [InlineData("2025-03-03", null)]
    [InlineData("2025-03-08", ClosedReasons.NoOpeningHours)]
    [InlineData("2025-04-21", ClosedReasons.EasterMonday)]
    [InlineData("2025-11-01", ClosedReasons.AllSaints)] // a Saturday: the holiday is the reason shown
    [InlineData("2025-07-21", ClosedReasons.NationalDay)]
    public void ClosedReasonExplainsTheDay(string date, string? reason) =>
        Assert.Equal(reason, Federal.ClosedReason(Day(date)));

    [Fact]
    public void OpeningHoursOnGivesTheDaysIntervals()
    {
        Assert.Equal(
            [new(DayOfWeek.Monday, new(8, 30), new(12, 30)), new(DayOfWeek.Monday, new(13, 0), new(16, 30))],
            Federal.OpeningHoursOn(Day("2025-03-03")));
        Assert.Equal(new TimeOnly(16, 0), Federal.OpeningHoursOn(Day("2025-03-07"))[^1].End);
        Assert.Empty(Federal.OpeningHoursOn(Day("2025-03-08")));
        Assert.Empty(Federal.OpeningHoursOn(Day("2025-12-25")));
    }

    [Theory]
    [InlineData("2025-03-03T08:29:59+01:00", false)]
    [InlineData("2025-03-03T08:30:00+01:00", true)]
    [InlineData("2025-03-03T12:29:00+01:00", true)]
    [InlineData("2025-03-03T12:30:00+01:00", false)] // lunch
    [InlineData("2025-03-03T13:00:00+01:00", true)]
    [InlineData("2025-03-03T16:29:59+01:00", true)]
    [InlineData("2025-03-03T16:30:00+01:00", false)]
    [InlineData("2025-03-07T16:15:00+01:00", false)] // Friday closes at 16:00
    [InlineData("2025-03-08T10:00:00+01:00", false)]
    [InlineData("2025-04-21T10:00:00+02:00", false)] // Easter Monday
    [InlineData("2025-03-03T09:00:00Z", true)] // 10:00 in Brussels
    [InlineData("2025-03-03T07:45:00Z", true)] // 08:45 in Brussels (winter)
    [InlineData("2025-06-02T07:45:00Z", true)] // 09:45 in Brussels (summer)
    [InlineData("2025-06-02T14:45:00Z", false)] // 16:45 in Brussels (summer)
    [InlineData("2025-03-03T15:15:00Z", true)] // 16:15 in Brussels (winter)
    public void IsOpenAtUsesLocalWallClock(string instant, bool open) =>
        Assert.Equal(open, Federal.IsOpenAt(At(instant)));

    [Theory]
    [InlineData("2025-03-03T07:00:00+01:00", "2025-03-03T08:30:00+01:00")]
    [InlineData("2025-03-03T10:00:00+01:00", "2025-03-03T10:00:00+01:00")] // open: itself
    [InlineData("2025-03-03T12:30:00+01:00", "2025-03-03T13:00:00+01:00")]
    [InlineData("2025-03-03T16:30:00+01:00", "2025-03-04T08:30:00+01:00")]
    [InlineData("2025-03-07T16:00:00+01:00", "2025-03-10T08:30:00+01:00")]
    [InlineData("2025-04-18T17:00:00+02:00", "2025-04-22T08:30:00+02:00")] // Easter weekend
    [InlineData("2025-03-28T17:00:00+01:00", "2025-03-31T08:30:00+02:00")] // across the spring change
    [InlineData("2025-10-24T17:00:00+02:00", "2025-10-27T08:30:00+01:00")] // across the autumn change
    public void NextOpeningIsTheNextIntervalStart(string instant, string expected)
    {
        var next = Federal.NextOpening(At(instant));
        Assert.Equal(At(expected), next);
        Assert.Equal(TimeSpan.Zero, next.Offset);
    }

    [Theory]
    [InlineData("2025-03-03T23:30:00Z", "2025-03-04")] // Monday in UTC, Tuesday 00:30 in Brussels
    [InlineData("2025-06-02T22:30:00Z", "2025-06-03")] // Monday in UTC, Tuesday 00:30 in summer
    [InlineData("2025-06-02T21:59:59Z", "2025-06-02")]
    [InlineData("2025-03-04T00:30:00+01:00", "2025-03-04")]
    public void LocalDateIsTheCalendarsDate(string instant, string date) =>
        Assert.Equal(Day(date), Federal.LocalDate(At(instant)));

    [Fact]
    public void HolidaysCanBeSwitchedOff()
    {
        var abroad = With(s => s with { BelgianHolidays = false });
        Assert.True(abroad.IsWorkingDay(Day("2025-04-21")));
        Assert.True(abroad.IsWorkingDay(Day("2025-12-25")));
        Assert.Null(abroad.ClosedReason(Day("2025-07-21")));
        Assert.False(abroad.IsWorkingDay(Day("2025-03-08")));
    }

    [Fact]
    public void ClosureDaysAndAnnualClosureDaysAreClosed()
    {
        var calendar = With(s => s with
        {
            ClosureDays = [Day("2025-05-02"), Day("2025-05-02"), Day("2025-12-25")],
            AnnualClosureDays = CalendarSettings.FederalCivilServiceDays,
        });
        Assert.Equal(ClosedReasons.Closure, calendar.ClosedReason(Day("2025-05-02")));
        Assert.False(calendar.IsWorkingDay(Day("2025-05-02")));
        Assert.Equal(ClosedReasons.Christmas, calendar.ClosedReason(Day("2025-12-25")));
        Assert.Equal(ClosedReasons.Closure, calendar.ClosedReason(Day("2026-11-02")));
        Assert.Equal(ClosedReasons.Closure, calendar.ClosedReason(Day("2031-12-26")));
        Assert.True(calendar.IsWorkingDay(Day("2025-05-05")));
        Assert.True(Federal.IsWorkingDay(Day("2026-11-02")));
    }

    [Fact]
    public void AnnualTwentyNinthOfFebruaryOnlyClosesLeapYears()
    {
        var calendar = With(s => s with { AnnualClosureDays = [new AnnualDay(2, 29)] });
        Assert.False(calendar.IsWorkingDay(Day("2028-02-29")));
        Assert.True(calendar.IsWorkingDay(Day("2027-03-01")));
    }

    [Fact]
    public void ClosedDaysListsHolidaysAndClosuresInOrder()
    {
        var calendar = With(s => s with { ClosureDays = [Day("2025-11-03"), Day("2026-01-02")] });
        var days = calendar.ClosedDays(2025, 2025);
        Assert.Equal(11, days.Count);
        Assert.Equal((Day("2025-01-01"), ClosedReasons.NewYear), days[0]);
        Assert.Contains((Day("2025-11-03"), ClosedReasons.Closure), days);
        Assert.Equal(days.OrderBy(d => d.Date), days);
    }

    [Fact]
    public void YearsOutsideTheCacheStillWork()
    {
        Assert.Equal(ClosedReasons.EasterMonday, Federal.ClosedReason(BelgianHolidays.Easter(2500).AddDays(1)));
        Assert.False(Federal.IsWorkingDay(new DateOnly(1850, 12, 25)));
        // Monday 31 December 2249; 1 January is a holiday, so the first working day after is Wednesday.
        Assert.Equal(At("2250-01-02T16:30:00+01:00"),
            DeadlineCalculator.DueAt(Federal, At("2249-12-31T10:00:00+01:00"), SlaDuration.WorkingDays(1)));
    }

    [Fact]
    public void IsSafeToShareBetweenThreads()
    {
        var calendar = With(s => s with { ClosureDays = [Day("2031-06-03")] });
        var expected = Enumerable.Range(2000, 150)
            .Select(y => new DateOnly(y, 6, 3))
            .Select(d => Federal.IsWorkingDay(d) && d != Day("2031-06-03"))
            .ToArray();
        var results = new bool[8][];
        Parallel.For(0, 8, t =>
            results[t] = [.. Enumerable.Range(2000, 150).Select(y => calendar.IsWorkingDay(new DateOnly(y, 6, 3)))]);
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void ACalendarWithoutAnyWorkingDayFailsClearly()
    {
        var everyDay = Enumerable.Range(1, 12)
            .SelectMany(m => Enumerable.Range(1, DateTime.DaysInMonth(2024, m)).Select(d => new AnnualDay(m, d)))
            .ToArray();
        var calendar = With(s => s with { AnnualClosureDays = everyDay });
        var error = Assert.Throws<InvalidOperationException>(() =>
            DeadlineCalculator.DueAt(calendar, At("2025-03-03T10:00:00Z"), SlaDuration.WorkingDays(2)));
        Assert.Contains("no working time", error.Message, StringComparison.Ordinal);
    }
}
