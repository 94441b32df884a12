using Porta.Deadlines;
using static Porta.Tests.Deadlines.DeadlineTestData;

namespace Porta.Tests.Deadlines;

public sealed class DeadlineCalculatorTests
{
    [Theory]
    // The product's own examples: Monday at any hour → Wednesday; Friday evening or Saturday → Tuesday.
    [InlineData("2025-03-03T09:00:00+01:00", 2, "2025-03-05T16:30:00+01:00")]
    [InlineData("2025-03-03T00:00:01+01:00", 2, "2025-03-05T16:30:00+01:00")]
    [InlineData("2025-03-03T07:00:00+01:00", 2, "2025-03-05T16:30:00+01:00")] // before opening
    [InlineData("2025-03-03T12:45:00+01:00", 2, "2025-03-05T16:30:00+01:00")] // during lunch
    [InlineData("2025-03-03T16:30:00+01:00", 2, "2025-03-05T16:30:00+01:00")] // exactly at closing
    [InlineData("2025-03-03T23:59:59+01:00", 2, "2025-03-05T16:30:00+01:00")]
    [InlineData("2025-03-07T18:00:00+01:00", 2, "2025-03-11T16:30:00+01:00")]
    [InlineData("2025-03-07T09:00:00+01:00", 2, "2025-03-11T16:30:00+01:00")]
    [InlineData("2025-03-08T10:00:00+01:00", 2, "2025-03-11T16:30:00+01:00")]
    [InlineData("2025-03-09T10:00:00+01:00", 2, "2025-03-11T16:30:00+01:00")]
    [InlineData("2025-03-06T10:00:00+01:00", 2, "2025-03-10T16:30:00+01:00")]
    [InlineData("2025-03-05T10:00:00+01:00", 2, "2025-03-07T16:00:00+01:00")] // Friday's short day
    [InlineData("2025-03-03T10:00:00+01:00", 1, "2025-03-04T16:30:00+01:00")]
    // Holidays are skipped, and a receipt on one counts like any other day of receipt.
    [InlineData("2025-04-21T10:00:00+02:00", 2, "2025-04-23T16:30:00+02:00")] // on Easter Monday
    [InlineData("2025-04-18T10:00:00+02:00", 2, "2025-04-23T16:30:00+02:00")] // before Easter weekend
    [InlineData("2025-05-28T10:00:00+02:00", 2, "2025-06-02T16:30:00+02:00")] // Ascension
    [InlineData("2025-04-30T10:00:00+02:00", 2, "2025-05-05T16:30:00+02:00")] // Labour Day
    [InlineData("2025-06-06T10:00:00+02:00", 2, "2025-06-11T16:30:00+02:00")] // Whit Monday
    [InlineData("2025-07-18T10:00:00+02:00", 2, "2025-07-23T16:30:00+02:00")] // National Day
    [InlineData("2025-08-14T10:00:00+02:00", 2, "2025-08-19T16:30:00+02:00")] // Assumption
    [InlineData("2025-12-24T10:00:00+01:00", 2, "2025-12-29T16:30:00+01:00")] // Christmas
    [InlineData("2024-12-31T10:00:00+01:00", 2, "2025-01-03T16:00:00+01:00")] // New Year
    [InlineData("2025-11-10T10:00:00+01:00", 5, "2025-11-18T16:30:00+01:00")] // Armistice, competence conflict
    [InlineData("2026-10-30T10:00:00+01:00", 2, "2026-11-03T16:30:00+01:00")] // All Saints on a Sunday moves nothing
    // Across both daylight-saving changes the closing time stays 16:30 on the wall clock.
    [InlineData("2025-03-28T10:00:00+01:00", 2, "2025-04-01T14:30:00Z")]
    [InlineData("2025-10-24T10:00:00+02:00", 2, "2025-10-28T15:30:00Z")]
    [InlineData("2026-03-27T10:00:00+01:00", 2, "2026-03-31T16:30:00+02:00")]
    [InlineData("2026-10-23T10:00:00+02:00", 2, "2026-10-27T16:30:00+01:00")]
    // Received in UTC near midnight: the day of receipt is the Brussels date.
    [InlineData("2025-03-03T23:30:00Z", 2, "2025-03-06T16:30:00+01:00")] // Tuesday 00:30 in Brussels
    [InlineData("2025-06-02T23:30:00Z", 2, "2025-06-05T16:30:00+02:00")] // Tuesday 01:30 in Brussels
    [InlineData("2025-03-03T22:59:59Z", 2, "2025-03-05T16:30:00+01:00")] // still Monday in Brussels
    [InlineData("2025-03-09T23:30:00Z", 2, "2025-03-12T16:30:00+01:00")] // Sunday in UTC, Monday in Brussels
    public void WorkingDaysEndAtClosingTime(string received, int days, string due)
    {
        var result = DeadlineCalculator.DueAt(Federal, At(received), SlaDuration.WorkingDays(days));
        Assert.Equal(At(due), result);
        Assert.Equal(TimeSpan.Zero, result.Offset);
    }

    [Theory]
    [InlineData("2025-03-03T15:30:00+01:00", 3, "2025-03-04T10:30:00+01:00")] // the product's example
    [InlineData("2025-03-03T07:00:00+01:00", 3, "2025-03-03T11:30:00+01:00")] // before opening
    [InlineData("2025-03-03T12:45:00+01:00", 3, "2025-03-03T16:00:00+01:00")] // during lunch
    [InlineData("2025-03-03T17:00:00+01:00", 3, "2025-03-04T11:30:00+01:00")] // after closing
    [InlineData("2025-03-03T16:30:00+01:00", 3, "2025-03-04T11:30:00+01:00")] // exactly at closing
    [InlineData("2025-03-03T09:30:00+01:00", 3, "2025-03-03T12:30:00+01:00")] // reaches lunch: stays at 12:30
    [InlineData("2025-03-03T13:30:00+01:00", 3, "2025-03-03T16:30:00+01:00")] // reaches closing: stays at 16:30
    [InlineData("2025-03-03T12:00:00+01:00", 1, "2025-03-03T13:30:00+01:00")] // across lunch
    [InlineData("2025-03-07T15:00:00+01:00", 3, "2025-03-10T10:30:00+01:00")] // Friday's short day
    [InlineData("2025-03-08T10:00:00+01:00", 3, "2025-03-10T11:30:00+01:00")] // Saturday
    [InlineData("2025-04-21T10:00:00+02:00", 3, "2025-04-22T11:30:00+02:00")] // on Easter Monday
    [InlineData("2025-12-24T15:00:00+01:00", 3, "2025-12-26T10:00:00+01:00")] // over Christmas
    [InlineData("2025-03-03T09:00:00+01:00", 16, "2025-03-05T10:00:00+01:00")] // multi-day
    [InlineData("2025-03-03T08:30:00+01:00", 40, "2025-03-10T11:30:00+01:00")] // a whole week and more
    [InlineData("2025-03-03T08:30:00+01:00", 15, "2025-03-04T16:30:00+01:00")] // two whole days exactly
    [InlineData("2025-03-28T15:30:00+01:00", 3, "2025-03-31T11:00:00+02:00")] // spring change
    [InlineData("2025-10-24T15:30:00+02:00", 3, "2025-10-27T11:00:00+01:00")] // autumn change
    [InlineData("2025-03-30T01:30:00+01:00", 1, "2025-03-31T09:30:00+02:00")] // in the night of the change
    [InlineData("2025-10-26T02:30:00+01:00", 1, "2025-10-27T09:30:00+01:00")] // in the repeated hour
    [InlineData("2025-03-03T23:30:00Z", 3, "2025-03-04T11:30:00+01:00")] // Tuesday 00:30 in Brussels
    [InlineData("2025-03-03T14:30:00Z", 3, "2025-03-04T10:30:00+01:00")] // 15:30 in Brussels
    public void WorkingHoursCountOnlyOpeningTime(string received, int hours, string due)
    {
        var result = DeadlineCalculator.DueAt(Federal, At(received), SlaDuration.WorkingHours(hours));
        Assert.Equal(At(due), result);
        Assert.Equal(TimeSpan.Zero, result.Offset);
    }

    [Theory]
    [InlineData("2025-03-03T15:30:00+01:00", 24, "2025-03-04T15:30:00+01:00")]
    [InlineData("2025-03-08T10:00:00+01:00", 24, "2025-03-09T10:00:00+01:00")] // weekends count
    [InlineData("2025-03-29T10:00:00+01:00", 24, "2025-03-30T11:00:00+02:00")] // elapsed, not wall-clock
    [InlineData("2025-10-25T10:00:00+02:00", 24, "2025-10-26T09:00:00+01:00")]
    public void CalendarHoursArePlainElapsedTime(string received, int hours, string due)
    {
        var result = DeadlineCalculator.DueAt(Federal, At(received), SlaDuration.CalendarHours(hours));
        Assert.Equal(At(due), result);
        Assert.Equal(TimeSpan.Zero, result.Offset);
    }

    [Fact]
    public void ExtraClosureDaysAreSkipped()
    {
        var calendar = With(s => s with { ClosureDays = [Day("2025-03-04")] });
        Assert.Equal(At("2025-03-06T16:30:00+01:00"),
            DeadlineCalculator.DueAt(calendar, At("2025-03-03T10:00:00+01:00"), SlaDuration.WorkingDays(2)));
        Assert.Equal(At("2025-03-05T10:30:00+01:00"),
            DeadlineCalculator.DueAt(calendar, At("2025-03-03T15:30:00+01:00"), SlaDuration.WorkingHours(3)));
    }

    [Fact]
    public void FederalAnnualDaysAreSkippedWhenChosen()
    {
        // 2 November 2026 is a Monday; 26 December 2025 a Friday.
        var calendar = With(s => s with { AnnualClosureDays = CalendarSettings.FederalCivilServiceDays });
        Assert.Equal(At("2026-11-03T16:30:00+01:00"),
            DeadlineCalculator.DueAt(calendar, At("2026-10-30T10:00:00+01:00"), SlaDuration.WorkingDays(1)));
        Assert.Equal(At("2025-12-30T16:30:00+01:00"),
            DeadlineCalculator.DueAt(calendar, At("2025-12-24T10:00:00+01:00"), SlaDuration.WorkingDays(2)));
    }

    [Fact]
    public void HolidaysOffMakesHolidaysOrdinaryDays()
    {
        var abroad = With(s => s with { BelgianHolidays = false });
        Assert.Equal(At("2025-04-22T16:30:00+02:00"),
            DeadlineCalculator.DueAt(abroad, At("2025-04-18T10:00:00+02:00"), SlaDuration.WorkingDays(2)));
        Assert.Equal(At("2025-04-21T11:30:00+02:00"),
            DeadlineCalculator.DueAt(abroad, At("2025-04-18T17:00:00+02:00"), SlaDuration.WorkingHours(3)));
    }

    [Fact]
    public void OtherTimeZonesAndHoursAreHonoured()
    {
        var calendar = WorkingCalendar.Create(new CalendarSettings
        {
            TimeZoneId = "America/New_York",
            BelgianHolidays = false,
            OpeningHours = [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
                .Select(d => new OpeningInterval(d, new TimeOnly(9, 0), new TimeOnly(17, 0)))],
        });
        // US daylight saving starts on 9 March 2025, three weeks before Europe's.
        Assert.Equal(At("2025-03-11T17:00:00-04:00"),
            DeadlineCalculator.DueAt(calendar, At("2025-03-07T12:00:00-05:00"), SlaDuration.WorkingDays(2)));
        Assert.Equal(At("2025-03-10T11:00:00-04:00"),
            DeadlineCalculator.DueAt(calendar, At("2025-03-07T15:00:00-05:00"), SlaDuration.WorkingHours(4)));
    }

    [Fact]
    public void WeekendOpeningHoursCount()
    {
        var calendar = With(s => s with
        {
            OpeningHours = [.. s.OpeningHours, new OpeningInterval(DayOfWeek.Saturday, new(9, 0), new(12, 0))],
        });
        Assert.Equal(At("2025-03-10T16:30:00+01:00"),
            DeadlineCalculator.DueAt(calendar, At("2025-03-07T18:00:00+01:00"), SlaDuration.WorkingDays(2)));
        Assert.Equal(At("2025-03-08T12:00:00+01:00"),
            DeadlineCalculator.DueAt(calendar, At("2025-03-07T18:00:00+01:00"), SlaDuration.WorkingHours(3)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(SlaDuration.MaxAmount + 1)]
    public void OutOfRangeAmountsAreRejected(int amount)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            DeadlineCalculator.DueAt(Federal, At("2025-03-03T10:00:00Z"), SlaDuration.WorkingDays(amount)));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            DeadlineCalculator.DueAt(Federal, At("2025-03-03T10:00:00Z"), SlaDuration.WorkingHours(amount)));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            DeadlineCalculator.DueAt(Federal, At("2025-03-03T10:00:00Z"), SlaDuration.CalendarHours(amount)));
    }

    [Fact]
    public void TheLargestAmountsStillComplete()
    {
        var due = DeadlineCalculator.DueAt(Federal, At("2025-03-03T10:00:00Z"), SlaDuration.WorkingDays(SlaDuration.MaxAmount));
        Assert.InRange(due.Year, 2063, 2066);
        // About 1,860 working hours a year.
        Assert.Equal(2030, DeadlineCalculator.DueAt(Federal, At("2025-03-03T10:00:00Z"), SlaDuration.WorkingHours(SlaDuration.MaxAmount)).Year);
    }

    [Theory]
    [InlineData("2025-03-03T15:30:00+01:00", "2025-03-04T10:30:00+01:00", 180)]
    [InlineData("2025-03-04T10:30:00+01:00", "2025-03-03T15:30:00+01:00", -180)]
    [InlineData("2025-03-03T12:00:00+01:00", "2025-03-03T13:30:00+01:00", 60)] // lunch does not count
    [InlineData("2025-03-07T15:00:00+01:00", "2025-03-10T09:00:00+01:00", 90)] // nor the weekend
    [InlineData("2025-03-03T17:00:00+01:00", "2025-03-03T18:00:00+01:00", 0)]
    [InlineData("2025-03-03T10:00:00+01:00", "2025-03-03T10:00:00+01:00", 0)]
    [InlineData("2025-03-03T08:30:00+01:00", "2025-03-10T08:30:00+01:00", 2220)] // 4 × 7.5 h + 7 h
    [InlineData("2025-04-18T10:00:00+02:00", "2025-04-22T09:30:00+02:00", 420 - 90 + 60)] // Good Friday is open, Easter Monday not
    [InlineData("2025-03-28T16:00:00+01:00", "2025-03-31T09:30:00+02:00", 60)] // spring change
    [InlineData("2025-10-26T02:50:00+02:00", "2025-10-26T02:10:00+01:00", 0)] // repeated hour: later in UTC, earlier on the wall clock
    public void WorkingTimeBetweenCountsOpeningTime(string from, string to, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), DeadlineCalculator.WorkingTimeBetween(Federal, At(from), At(to)));
}
