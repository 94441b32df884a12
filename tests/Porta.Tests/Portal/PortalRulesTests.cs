using Microsoft.Net.Http.Headers;
using Porta.Administration;
using Porta.Components.Portal;
using Porta.Deadlines;

namespace Porta.Tests.Portal;

/// <summary>The portal's rules that need no database: the language a person lands in, the opening hours shown,
/// an organisation's colours, and what the question form refuses.</summary>
public sealed class PortalRulesTests
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    [Theory]
    [InlineData("nl-BE,nl;q=0.9,fr;q=0.8", "nl")]
    [InlineData("de-DE,de;q=0.9", "fr")]
    [InlineData("en;q=0.2,nl;q=0.5", "nl")]
    [InlineData("fr;q=0,nl;q=0.1", "nl")]
    [InlineData("", "fr")]
    [InlineData("*", "fr")]
    public void The_browsers_first_language_the_organisation_offers_wins_else_its_own_first(string acceptLanguage, string expected)
    {
        var header = StringWithQualityHeaderValue.ParseList(acceptLanguage.Length == 0 ? [] : [acceptLanguage]);

        Assert.Equal(expected, PreferredLanguage.Choose(header, ["fr", "nl", "en"]));
    }

    [Fact]
    public void During_opening_hours_the_lines_are_open_until_the_end_of_the_interval()
    {
        var mondayMorning = At(2026, 12, 7, 10, 0);

        var now = OpeningHours.Now(WorkingCalendar.BelgianFederal, mondayMorning);

        Assert.True(now.Open);
        Assert.Equal(new TimeOnly(12, 30), now.Until);
    }

    [Fact]
    public void On_a_friday_evening_the_lines_open_again_on_monday_morning_and_a_holiday_is_skipped()
    {
        var fridayEvening = At(2026, 12, 18, 17, 0);
        var christmasEve = At(2026, 12, 24, 16, 45);

        Assert.Equal(At(2026, 12, 21, 8, 30), OpeningHours.Now(WorkingCalendar.BelgianFederal, fridayEvening).NextOpening);
        Assert.Equal(At(2026, 12, 28, 8, 30), OpeningHours.Now(WorkingCalendar.BelgianFederal, christmasEve).NextOpening);
    }

    [Fact]
    public void The_week_runs_monday_to_sunday_with_holidays_closed_and_today_marked()
    {
        var christmasWeekWednesday = At(2026, 12, 23, 9, 0);

        var week = OpeningHours.ThisWeek(WorkingCalendar.BelgianFederal, christmasWeekWednesday);

        Assert.Equal(new DateOnly(2026, 12, 21), week[0].Date);
        Assert.Equal(7, week.Count);
        Assert.Empty(week.Single(d => d.Date == new DateOnly(2026, 12, 25)).Intervals);
        Assert.Equal(2, week[0].Intervals.Count);
        Assert.Equal(new DateOnly(2026, 12, 23), week.Single(d => d.IsToday).Date);
    }

    [Theory]
    [InlineData("#005a70", true)]
    [InlineData("#1f4e79", true)]
    [InlineData("#ffcc00", false)]
    [InlineData("#777777", false)]
    [InlineData("red", false)]
    [InlineData("#005a70; } body { display: none", false)]
    public void Only_a_brand_colour_readable_under_white_text_is_used(string colour, bool usable)
    {
        var organisation = new Organisation { Slug = "x", BrandColour = colour };

        Assert.Equal(usable, OrganisationTheme.IsUsableBrandColour(colour));
        Assert.Equal(usable, OrganisationTheme.Css(organisation).Contains("--porta-color-primary", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/logos/demo.svg", true)]
    [InlineData("//evil.example/logo.svg", false)]
    [InlineData("https://evil.example/logo.svg", false)]
    [InlineData("/logos/../secret", false)]
    [InlineData("/logo.svg\"); background: url(\"x", false)]
    public void A_logo_comes_from_this_site_only(string url, bool usable) =>
        Assert.Equal(usable, OrganisationTheme.IsUsableLogoUrl(url));

    [Fact]
    public void The_question_form_names_every_missing_or_wrong_field_in_the_order_of_the_form()
    {
        var form = new AskForm { Name = " ", Email = "not an address", Language = "de", Category = "unknown", Subject = new string('x', 301), Body = "" };

        var problems = form.Problems(["fr", "nl"], ["allowances"]).ToList();

        Assert.Equal(
            [("ask-name", "NameRequired"), ("ask-email", "EmailInvalid"), ("ask-language", "LanguageRequired"), ("ask-category", "CategoryUnknown"), ("ask-subject", "SubjectTooLong"), ("ask-body", "BodyRequired")],
            problems);
    }

    [Fact]
    public void A_complete_question_form_has_no_problem()
    {
        var form = new AskForm { Name = "Camille", Email = "camille@example.test", Language = "fr", Subject = "Sujet", Body = "Texte" };

        Assert.Empty(form.Problems(["fr", "nl"], []));
    }

    [Theory]
    [InlineData(0, "Size_Bytes", 0)]
    [InlineData(1023, "Size_Bytes", 1023)]
    [InlineData(1024, "Size_KB", 1)]
    [InlineData(1025, "Size_KB", 2)]
    [InlineData(1024 * 1024 - 1, "Size_KB", 1024)]
    [InlineData(1024 * 1024, "Size_MB", 1)]
    [InlineData(5 * 1024 * 1024 / 2, "Size_MB", 2.5)]
    public void A_files_size_reads_in_the_unit_that_fits_and_a_small_file_is_never_zero_kilobytes(long bytes, string unit, double amount) =>
        Assert.Equal((unit, amount), FileSizeText.Of(bytes));

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Brussels.GetUtcOffset(local)).ToUniversalTime();
    }
}
