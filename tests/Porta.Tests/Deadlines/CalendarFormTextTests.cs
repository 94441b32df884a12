using Porta.Components.Workspace.Admin;
using Porta.Deadlines;

namespace Porta.Tests.Deadlines;

/// <summary>The one-line forms of the calendar page: what an administrator types and what they see again.</summary>
public sealed class CalendarFormTextTests
{
    [Theory]
    [InlineData("08:30-12:30, 13:00-16:30", "08:30-12:30, 13:00-16:30")]
    [InlineData(" 8:30 – 12:30 ; 13h00-16h30 ", "08:30-12:30, 13:00-16:30")]
    [InlineData("", "")]
    public void Opening_hours_are_read_and_written_back_the_same(string typed, string shown)
    {
        var hours = new List<OpeningInterval>();

        Assert.True(OpeningHoursText.TryParse(DayOfWeek.Monday, typed, hours));
        Assert.Equal(shown, OpeningHoursText.Format(hours, DayOfWeek.Monday));
        Assert.All(hours, h => Assert.Equal(DayOfWeek.Monday, h.Day));
    }

    [Theory]
    [InlineData("nine to five")]
    [InlineData("08:30")]
    [InlineData("08:30-12:30, 25:00-26:00")]
    [InlineData("08:30-12:30-16:00")]
    public void Opening_hours_that_are_not_start_end_add_nothing(string typed)
    {
        var hours = new List<OpeningInterval> { new(DayOfWeek.Friday, new TimeOnly(9, 0), new TimeOnly(12, 0)) };

        Assert.False(OpeningHoursText.TryParse(DayOfWeek.Monday, typed, hours));
        Assert.Single(hours);
    }

    [Fact]
    public void Another_days_hours_are_not_shown()
    {
        Assert.Equal("", OpeningHoursText.Format(CalendarSettings.BelgianFederalDefault.OpeningHours, DayOfWeek.Saturday));
        Assert.Equal("08:30-12:30, 13:00-16:00", OpeningHoursText.Format(CalendarSettings.BelgianFederalDefault.OpeningHours, DayOfWeek.Friday));
    }

    [Fact]
    public void Annual_days_are_day_then_month_in_calendar_order()
    {
        Assert.True(AnnualDaysText.TryParse("26/12, 2.11; 15-11", out var days));
        Assert.Equal([new AnnualDay(12, 26), new AnnualDay(11, 2), new AnnualDay(11, 15)], days);
        Assert.Equal("2/11, 15/11, 26/12", AnnualDaysText.Format(days));
        Assert.True(AnnualDaysText.TryParse("  ", out var none));
        Assert.Empty(none);
    }

    [Theory]
    [InlineData("15 November")]
    [InlineData("15/11/2026")]
    [InlineData("-1/11")]
    public void Annual_days_that_are_not_two_numbers_are_refused(string typed) =>
        Assert.False(AnnualDaysText.TryParse(typed, out _));
}
