using System.Text.Json;
using Porta.Deadlines;
using static Porta.Tests.Deadlines.DeadlineTestData;

namespace Porta.Tests.Deadlines;

public sealed class CalendarSettingsTests
{
    [Fact]
    public void TheFederalDefaultIsValidAndMatchesTheCharter()
    {
        var settings = CalendarSettings.BelgianFederalDefault;
        Assert.Empty(settings.Validate());
        Assert.Equal("Europe/Brussels", settings.TimeZoneId);
        Assert.True(settings.BelgianHolidays);
        Assert.Empty(settings.ClosureDays);
        Assert.Equal(10, settings.OpeningHours.Count);
        Assert.DoesNotContain(settings.OpeningHours, i => i.Day is DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    [Theory]
    [InlineData("", "timeZoneId", "required")]
    [InlineData("Europe/Atlantis", "timeZoneId", "'Europe/Atlantis' is not a known IANA time zone")]
    [InlineData("Romance Standard Time", "timeZoneId", "Windows time zone name")]
    public void ATimeZoneMustBeAKnownIanaId(string zone, string field, string message)
    {
        var errors = (CalendarSettings.BelgianFederalDefault with { TimeZoneId = zone }).Validate();
        Assert.Contains(message, Assert.Single(errors[field]), StringComparison.Ordinal);
        Assert.Throws<InvalidCalendarSettingsException>(() => WorkingCalendar.Create(CalendarSettings.BelgianFederalDefault with { TimeZoneId = zone }));
    }

    [Theory]
    [InlineData("America/New_York")]
    [InlineData("Asia/Tokyo")]
    [InlineData("UTC")]
    public void OtherIanaZonesAreAccepted(string zone) =>
        Assert.Empty((CalendarSettings.BelgianFederalDefault with { TimeZoneId = zone }).Validate());

    [Theory]
    [InlineData("12:30", "08:30", "openingHours[1]", "the start must be before the end")]
    [InlineData("09:00", "09:00", "openingHours[1]", "the start must be before the end")]
    [InlineData("10:00", "11:00", "openingHours[1]", "overlaps 08:30–12:30 (openingHours[0])")]
    [InlineData("12:00", "13:30", "openingHours[2]", "overlaps")]
    public void IntervalsMustBeOrderedAndNotOverlap(string start, string end, string field, string message)
    {
        var settings = new CalendarSettings
        {
            OpeningHours =
            [
                new(DayOfWeek.Monday, new(8, 30), new(12, 30)),
                new(DayOfWeek.Monday, TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)),
                new(DayOfWeek.Monday, new(13, 0), new(16, 30)),
            ],
        };
        var errors = settings.Validate();
        Assert.Contains(errors[field], m => m.Contains(message, StringComparison.Ordinal));
        var thrown = Assert.Throws<InvalidCalendarSettingsException>(() => WorkingCalendar.Create(settings));
        Assert.Contains(field, thrown.Message, StringComparison.Ordinal);
        Assert.Equal(errors.Keys.Order(StringComparer.Ordinal), thrown.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TouchingIntervalsAreJoined()
    {
        var calendar = WorkingCalendar.Create(new CalendarSettings
        {
            OpeningHours = [new(DayOfWeek.Monday, new(13, 0), new(17, 0)), new(DayOfWeek.Monday, new(9, 0), new(13, 0))],
        });
        Assert.Equal([new OpeningInterval(DayOfWeek.Monday, new(9, 0), new(17, 0))], calendar.OpeningHoursOn(Day("2025-03-03")));
    }

    [Fact]
    public void SameHoursOnDifferentDaysDoNotOverlap() =>
        Assert.Empty(new CalendarSettings
        {
            OpeningHours = [new(DayOfWeek.Monday, new(9, 0), new(17, 0)), new(DayOfWeek.Tuesday, new(9, 0), new(17, 0))],
        }.Validate());

    [Fact]
    public void WithoutAnyOpeningHoursNoDeadlineCanFall()
    {
        var errors = new CalendarSettings().Validate();
        Assert.Contains("At least one opening interval", Assert.Single(errors["openingHours"]), StringComparison.Ordinal);
    }

    [Fact]
    public void NullListsAndBadValuesAreNamed()
    {
        var errors = new CalendarSettings
        {
            TimeZoneId = null!,
            OpeningHours = [new((DayOfWeek)9, new(9, 0), new(17, 0)), null!],
            ClosureDays = null!,
            AnnualClosureDays = [new AnnualDay(2, 30), new AnnualDay(13, 1), new AnnualDay(2, 29)],
        }.Validate();
        Assert.Equal(
            ["annualClosureDays[0]", "annualClosureDays[1]", "closureDays", "openingHours", "openingHours[0].day", "openingHours[1]", "timeZoneId"],
            errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TooManyClosureDaysAreRefused()
    {
        var errors = (CalendarSettings.BelgianFederalDefault with
        {
            ClosureDays = [.. Enumerable.Range(0, CalendarSettings.MaxClosureDays + 1).Select(i => new DateOnly(2020, 1, 1).AddDays(i))],
        }).Validate();
        Assert.Contains("At most 5000", Assert.Single(errors["closureDays"]), StringComparison.Ordinal);
    }

    [Fact]
    public void JsonRoundTripKeepsEverything()
    {
        var settings = CalendarSettings.BelgianFederalDefault with
        {
            ClosureDays = [Day("2025-11-03"), Day("2026-05-15")],
            AnnualClosureDays = CalendarSettings.FederalCivilServiceDays,
            BelgianHolidays = false,
            TimeZoneId = "Europe/Luxembourg",
        };
        var json = settings.ToJson();
        Assert.Contains("\"timeZoneId\":\"Europe/Luxembourg\"", json, StringComparison.Ordinal);
        Assert.Contains("{\"day\":\"Friday\",\"start\":\"13:00:00\",\"end\":\"16:00:00\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"closureDays\":[\"2025-11-03\",\"2026-05-15\"]", json, StringComparison.Ordinal);

        var back = CalendarSettings.FromJson(json);
        Assert.Equal(settings.TimeZoneId, back.TimeZoneId);
        Assert.Equal(settings.BelgianHolidays, back.BelgianHolidays);
        Assert.Equal(settings.OpeningHours, back.OpeningHours);
        Assert.Equal(settings.ClosureDays, back.ClosureDays);
        Assert.Equal(settings.AnnualClosureDays, back.AnnualClosureDays);
    }

    [Fact]
    public void MissingJsonFieldsTakeTheirDefaults()
    {
        var settings = CalendarSettings.FromJson("""{"openingHours":[{"day":"Monday","start":"09:00","end":"17:00"}]}""");
        Assert.Equal("Europe/Brussels", settings.TimeZoneId);
        Assert.True(settings.BelgianHolidays);
        Assert.Empty(settings.ClosureDays);
        Assert.Empty(settings.Validate());
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("""{"openingHours":[{"day":"Someday","start":"09:00","end":"17:00"}]}""")]
    [InlineData("""{"closureDays":["2025-02-30"]}""")]
    public void BadJsonIsAJsonException(string json) =>
        Assert.Throws<JsonException>(() => CalendarSettings.FromJson(json));
}
