using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Porta.Deadlines;
using static Porta.Tests.Deadlines.DeadlineTestData;

namespace Porta.Tests.Deadlines;

/// <summary>An instant a question may arrive at.</summary>
public readonly record struct Receipt(DateTimeOffset At)
{
    public override string ToString() => At.ToString("O", CultureInfo.InvariantCulture);
}

public readonly record struct Days(int Value);

public readonly record struct Hours(int Value);

public static class DeadlineArbitraries
{
    private static readonly DateTimeOffset Start = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const int SpanDays = 11 * 366;

    // Where mistakes hide: interval edges, lunch, midnight and the hours around the night of a change.
    private static readonly TimeOnly[] Edges =
    [
        new(0, 0), new(0, 30), new(1, 30), new(2, 30), new(3, 0), new(8, 29), new(8, 30), new(12, 30),
        new(12, 45), new(13, 0), new(15, 59), new(16, 0), new(16, 30), new(22, 59), new(23, 30), new(23, 59, 59),
    ];

    public static Arbitrary<Receipt> Receipt() => Arb.From(Gen.OneOf(Anywhere(), OnAnEdge(), AroundAChange()));

    public static Arbitrary<Days> Days() => Arb.From(Gen.Choose(1, 25).Select(d => new Days(d)));

    public static Arbitrary<Hours> Hours() => Arb.From(Gen.Choose(1, 60).Select(h => new Hours(h)));

    private static Gen<Receipt> Anywhere() =>
        Gen.Choose(0, SpanDays * 24 * 60).Zip(Gen.Choose(0, 59), (minutes, seconds) =>
            new Receipt(Start.AddMinutes(minutes).AddSeconds(seconds)));

    private static Gen<Receipt> OnAnEdge() =>
        Gen.Choose(0, SpanDays).Zip(Gen.Elements(Edges), (day, time) =>
            Local(DateOnly.FromDateTime(Start.UtcDateTime).AddDays(day), time));

    private static Gen<Receipt> AroundAChange() =>
        Gen.Choose(2020, 2030).Zip(Gen.Elements(3, 10), (year, month) => (year, month))
            .SelectMany(ym => Gen.Choose(-2 * 24 * 60, 2 * 24 * 60).Select(minutes =>
                new Receipt(LastSundayAt0100Utc(ym.year, ym.month).AddMinutes(minutes))));

    private static DateTimeOffset LastSundayAt0100Utc(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (day.DayOfWeek != DayOfWeek.Sunday)
        {
            day = day.AddDays(-1);
        }
        return new DateTimeOffset(day.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero);
    }

    private static Receipt Local(DateOnly date, TimeOnly time)
    {
        var zone = Federal.TimeZone;
        var local = date.ToDateTime(time);
        return new Receipt(new DateTimeOffset(local, zone.GetUtcOffset(local)));
    }
}

[Properties(Arbitrary = [typeof(DeadlineArbitraries)], MaxTest = 2000)]
public sealed class DeadlinePropertyTests
{
    private static readonly WorkingCalendar WithClosures = With(s => s with
    {
        ClosureDays = [.. Enumerable.Range(0, 60).Select(i => new DateOnly(2020, 1, 2).AddDays(i * 67))],
        AnnualClosureDays = CalendarSettings.FederalCivilServiceDays,
    });

    [Property]
    public bool ALaterReceiptNeverGivesAnEarlierWorkingDaysDeadline(Receipt a, Receipt b, Days days)
    {
        var (early, late) = a.At <= b.At ? (a, b) : (b, a);
        return Due(Federal, early, SlaDuration.WorkingDays(days.Value)) <= Due(Federal, late, SlaDuration.WorkingDays(days.Value))
            && Due(WithClosures, early, SlaDuration.WorkingDays(days.Value)) <= Due(WithClosures, late, SlaDuration.WorkingDays(days.Value));
    }

    [Property]
    public bool ALaterReceiptNeverGivesAnEarlierWorkingHoursDeadline(Receipt a, Receipt b, Hours hours)
    {
        var (early, late) = a.At <= b.At ? (a, b) : (b, a);
        return Due(Federal, early, SlaDuration.WorkingHours(hours.Value)) <= Due(Federal, late, SlaDuration.WorkingHours(hours.Value))
            && Due(WithClosures, early, SlaDuration.WorkingHours(hours.Value)) <= Due(WithClosures, late, SlaDuration.WorkingHours(hours.Value));
    }

    [Property]
    public void AWorkingDaysDeadlineFallsExactlyAtAClosingTime(Receipt receipt, Days days)
    {
        foreach (var calendar in new[] { Federal, WithClosures })
        {
            var due = Due(calendar, receipt, SlaDuration.WorkingDays(days.Value));
            var local = calendar.ToLocalTime(due);
            var date = DateOnly.FromDateTime(local.DateTime);
            Assert.True(calendar.IsWorkingDay(date));
            Assert.Equal(calendar.OpeningHoursOn(date)[^1].End, TimeOnly.FromDateTime(local.DateTime));
            Assert.True(date > calendar.LocalDate(receipt.At));
            Assert.Equal(TimeSpan.Zero, due.Offset);
        }
    }

    [Property]
    public void AWorkingHoursDeadlineFallsInsideOpeningHours(Receipt receipt, Hours hours)
    {
        foreach (var calendar in new[] { Federal, WithClosures })
        {
            var due = Due(calendar, receipt, SlaDuration.WorkingHours(hours.Value));
            var local = calendar.ToLocalTime(due);
            var time = TimeOnly.FromDateTime(local.DateTime);
            // An interval's end counts as inside: a deadline that reaches it stays there.
            Assert.Contains(calendar.OpeningHoursOn(DateOnly.FromDateTime(local.DateTime)), i => time > i.Start && time <= i.End);
            Assert.True(due > receipt.At);
        }
    }

    [Property]
    public bool WorkingTimeUntilAWorkingHoursDeadlineIsItsLength(Receipt receipt, Hours hours)
    {
        var due = Due(WithClosures, receipt, SlaDuration.WorkingHours(hours.Value));
        return WithClosures.WorkingTimeBetween(receipt.At, due) == TimeSpan.FromHours(hours.Value)
            && WithClosures.WorkingTimeBetween(due, receipt.At) == -TimeSpan.FromHours(hours.Value);
    }

    [Property]
    public bool WorkingTimeAddsUp(Receipt a, Receipt b, Receipt c)
    {
        DateTimeOffset[] sorted = [a.At, b.At, c.At];
        Array.Sort(sorted);
        var (x, y, z) = (sorted[0], sorted[1], sorted[2]);
        return Federal.WorkingTimeBetween(x, y) + Federal.WorkingTimeBetween(y, z) == Federal.WorkingTimeBetween(x, z)
            && Federal.WorkingTimeBetween(x, y) >= TimeSpan.Zero;
    }

    [Property]
    public bool NextOpeningIsOpenAndNoOpeningIsSkipped(Receipt receipt)
    {
        var next = Federal.NextOpening(receipt.At);
        return Federal.IsOpenAt(next)
            && next >= receipt.At
            && Federal.WorkingTimeBetween(receipt.At, next) == TimeSpan.Zero;
    }

    [Property]
    public bool LocalDateAgreesWithTimeZoneInfo(Receipt receipt) =>
        Federal.LocalDate(receipt.At) == DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(receipt.At, Federal.TimeZone).DateTime);

    private static DateTimeOffset Due(WorkingCalendar calendar, Receipt receipt, SlaDuration duration) =>
        DeadlineCalculator.DueAt(calendar, receipt.At, duration);
}
