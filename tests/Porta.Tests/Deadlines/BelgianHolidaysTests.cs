using Porta.Deadlines;
using static Porta.Tests.Deadlines.DeadlineTestData;

namespace Porta.Tests.Deadlines;

public sealed class BelgianHolidaysTests
{
    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2029, "2029-04-01")]
    [InlineData(2030, "2030-04-21")]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2038, "2038-04-25")] // the latest possible
    [InlineData(2285, "2285-03-22")] // the earliest possible
    [InlineData(1900, "1900-04-15")]
    [InlineData(2100, "2100-03-28")]
    public void EasterFollowsTheGregorianComputus(int year, string easter) =>
        Assert.Equal(Day(easter), BelgianHolidays.Easter(year));

    [Theory]
    [InlineData("2024-04-01", "2024-05-09", "2024-05-20")]
    [InlineData("2025-04-21", "2025-05-29", "2025-06-09")]
    [InlineData("2026-04-06", "2026-05-14", "2026-05-25")]
    [InlineData("2027-03-29", "2027-05-06", "2027-05-17")]
    [InlineData("2028-04-17", "2028-05-25", "2028-06-05")]
    [InlineData("2029-04-02", "2029-05-10", "2029-05-21")]
    [InlineData("2030-04-22", "2030-05-30", "2030-06-10")]
    public void EasterBasedHolidaysAreClosed(string easterMonday, string ascension, string whitMonday)
    {
        Assert.Equal(ClosedReasons.EasterMonday, Federal.ClosedReason(Day(easterMonday)));
        Assert.Equal(ClosedReasons.Ascension, Federal.ClosedReason(Day(ascension)));
        Assert.Equal(ClosedReasons.WhitMonday, Federal.ClosedReason(Day(whitMonday)));
        Assert.False(Federal.IsWorkingDay(Day(easterMonday)));
        Assert.False(Federal.IsWorkingDay(Day(ascension)));
        Assert.False(Federal.IsWorkingDay(Day(whitMonday)));
        // The days around them are ordinary working days (all three are a Monday or a Thursday).
        Assert.True(Federal.IsWorkingDay(Day(easterMonday).AddDays(1)));
        Assert.True(Federal.IsWorkingDay(Day(ascension).AddDays(-1)));
        Assert.True(Federal.IsWorkingDay(Day(whitMonday).AddDays(1)));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2028)]
    [InlineData(2029)]
    [InlineData(2030)]
    public void FixedHolidaysAreClosedEveryYear(int year)
    {
        (int Month, int Day, string Key)[] fixedHolidays =
        [
            (1, 1, ClosedReasons.NewYear), (5, 1, ClosedReasons.LabourDay), (7, 21, ClosedReasons.NationalDay),
            (8, 15, ClosedReasons.Assumption), (11, 1, ClosedReasons.AllSaints), (11, 11, ClosedReasons.Armistice),
            (12, 25, ClosedReasons.Christmas),
        ];
        foreach (var (month, day, key) in fixedHolidays)
        {
            var date = new DateOnly(year, month, day);
            Assert.Equal(key, Federal.ClosedReason(date));
            Assert.False(Federal.IsWorkingDay(date));
        }
        Assert.Equal(10, BelgianHolidays.For(year).Count);
    }

    [Fact]
    public void AscensionOnLabourDayKeepsBothEntries()
    {
        var holidays = BelgianHolidays.For(2008);
        Assert.Contains((new DateOnly(2008, 5, 1), ClosedReasons.LabourDay), holidays);
        Assert.Contains((new DateOnly(2008, 5, 1), ClosedReasons.Ascension), holidays);
        Assert.Equal(ClosedReasons.LabourDay, Federal.ClosedReason(new DateOnly(2008, 5, 1)));
    }

    [Theory]
    [InlineData("2025-03-03", true)] // Monday
    [InlineData("2025-03-07", true)] // Friday
    [InlineData("2025-03-08", false)] // Saturday
    [InlineData("2025-03-09", false)] // Sunday
    [InlineData("2025-11-02", false)] // Sunday; 2 November is only a federal civil-service day off
    [InlineData("2026-11-02", true)] // Monday, not a public holiday
    [InlineData("2025-12-26", true)] // Friday, not a public holiday
    [InlineData("2024-12-31", true)]
    public void WeekendsAreClosedAndOtherDaysOpen(string date, bool working) =>
        Assert.Equal(working, Federal.IsWorkingDay(Day(date)));
}
