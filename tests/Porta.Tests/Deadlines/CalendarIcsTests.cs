using System.Globalization;
using System.Resources;
using Porta.Deadlines;
using Porta.Infrastructure;
using static Porta.Tests.Deadlines.DeadlineTestData;

namespace Porta.Tests.Deadlines;

public sealed class CalendarIcsTests
{
    private static readonly DateTimeOffset Generated = At("2025-01-15T10:00:00Z");

    [Fact]
    public void ExportListsEveryClosedDayAsAnAllDayEvent()
    {
        var ics = CalendarIcs.Export(Federal, 2025, 2026, Generated);
        Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Contains("PRODID:" + CalendarIcs.ProductId, ics, StringComparison.Ordinal);
        Assert.Equal(20, CountOf("BEGIN:VEVENT", ics));
        Assert.Contains("DTSTART;VALUE=DATE:20250421", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND;VALUE=DATE:20250422", ics, StringComparison.Ordinal);
        Assert.Contains("UID:20250421-easter-monday@porta", ics, StringComparison.Ordinal);
        Assert.Contains("CATEGORIES:easter-monday", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTAMP:20250115T100000Z", ics, StringComparison.Ordinal);
        Assert.Equal(ics, CalendarIcs.Export(Federal, 2025, 2026, Generated));
    }

    [Fact]
    public void ExportTakesTranslatedSummaries()
    {
        var ics = CalendarIcs.Export(Federal, 2025, 2025, Generated,
            (reason, _) => reason == ClosedReasons.NationalDay ? "Fête nationale" : reason);
        Assert.Contains("SUMMARY:Fête nationale", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportThenImportGivesTheSameClosureDays()
    {
        var closures = new[] { Day("2025-05-02"), Day("2025-11-03"), Day("2025-12-26"), Day("2026-01-02") };
        var calendar = With(s => s with { BelgianHolidays = false, ClosureDays = closures });
        var result = CalendarIcs.ImportClosureDays(CalendarIcs.Export(calendar, 2025, 2026, Generated));
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(closures, result.Days);
        Assert.Empty(result.Warnings);

        // With holidays on, the file carries them too, as days the importing organisation is closed.
        var withHolidays = With(s => s with { ClosureDays = closures });
        var imported = CalendarIcs.ImportClosureDays(CalendarIcs.Export(withHolidays, 2025, 2026, Generated));
        Assert.Equal(withHolidays.ClosedDays(2025, 2026).Select(d => d.Date).Distinct().Order(), imported.Days);

        var federal = CalendarIcs.ImportClosureDays(CalendarIcs.Export(Federal, 2024, 2030, Generated));
        Assert.Equal(Federal.ClosedDays(2024, 2030).Select(d => d.Date).Distinct(), federal.Days);

        // Imported back into a calendar, the days close exactly as before.
        var rebuilt = WorkingCalendar.Create(calendar.Settings with { ClosureDays = result.Days });
        Assert.Equal(calendar.ClosedDays(2025, 2026), rebuilt.ClosedDays(2025, 2026));
    }

    [Fact]
    public void MultiDayAndRecurringEventsCloseEachDay()
    {
        const string ics = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Test//EN
            BEGIN:VEVENT
            UID:a
            SUMMARY:Move
            DTSTART;VALUE=DATE:20251229
            DTEND;VALUE=DATE:20260102
            END:VEVENT
            BEGIN:VEVENT
            UID:b
            SUMMARY:Strike
            DTSTART;VALUE=DATE:20250310
            DURATION:P2D
            END:VEVENT
            BEGIN:VEVENT
            UID:c
            SUMMARY:One day
            DTSTART;VALUE=DATE:20250401
            END:VEVENT
            BEGIN:VEVENT
            UID:d
            SUMMARY:Staff day
            DTSTART;VALUE=DATE:20250616
            RRULE:FREQ=YEARLY;COUNT=3
            END:VEVENT
            END:VCALENDAR
            """;
        var result = CalendarIcs.ImportClosureDays(ics);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(
            [
                Day("2025-03-10"), Day("2025-03-11"), Day("2025-04-01"), Day("2025-06-16"),
                Day("2025-12-29"), Day("2025-12-30"), Day("2025-12-31"), Day("2026-01-01"),
                Day("2026-06-16"), Day("2027-06-16"),
            ],
            result.Days);
    }

    [Fact]
    public void TimedCancelledAndEndlessEventsAreExplained()
    {
        const string ics = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Test//EN
            BEGIN:VEVENT
            UID:a
            SUMMARY:Afternoon off
            DTSTART:20251110T130000Z
            DTEND:20251110T170000Z
            END:VEVENT
            BEGIN:VEVENT
            UID:b
            SUMMARY:Called off
            STATUS:CANCELLED
            DTSTART;VALUE=DATE:20251112
            END:VEVENT
            BEGIN:VEVENT
            UID:c
            SUMMARY:Every year
            DTSTART;VALUE=DATE:20251115
            RRULE:FREQ=YEARLY
            END:VEVENT
            END:VCALENDAR
            """;
        var result = CalendarIcs.ImportClosureDays(ics);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(CalendarIcs.RecurrenceYears, result.Days.Count);
        Assert.Equal(Day("2034-11-15"), result.Days[^1]);
        Assert.Collection(result.Warnings,
            w => Assert.Contains("'Afternoon off' (2025-11-10) has a time of day", w.ToString(), StringComparison.Ordinal),
            w => Assert.Contains("'Called off' is cancelled", w.ToString(), StringComparison.Ordinal),
            w => Assert.Contains("'Every year' repeats beyond 2035-11-15", w.ToString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr", "Événement 1 « Après-midi » (2025-11-10) a une heure de début", "Événement 2 est annulé")]
    [InlineData("nl", "Gebeurtenis 1 'Après-midi' (2025-11-10) heeft een tijdstip", "Gebeurtenis 2 is geannuleerd")]
    [InlineData("de", "Termin 1 „Après-midi“ (2025-11-10) hat eine Uhrzeit", "Termin 2 ist abgesagt")]
    [InlineData("en", "Event 1 'Après-midi' (2025-11-10) has a time of day", "Event 2 is cancelled")]
    public void WhatWasLeftOutIsSaidInTheReadersLanguage(string language, string timed, string cancelled)
    {
        const string ics = """
            BEGIN:VCALENDAR
            BEGIN:VEVENT
            SUMMARY:Après-midi
            DTSTART:20251110T130000Z
            END:VEVENT
            BEGIN:VEVENT
            STATUS:CANCELLED
            DTSTART;VALUE=DATE:20251112
            END:VEVENT
            END:VCALENDAR
            """;
        var culture = Cultures.For(language);

        var warnings = CalendarIcs.ImportClosureDays(ics).Warnings.Select(w => w.In(culture)).ToList();

        Assert.Collection(warnings,
            w => Assert.StartsWith(timed, w, StringComparison.Ordinal),
            w => Assert.StartsWith(cancelled, w, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    [InlineData("de")]
    public void EveryImportTextIsTranslated(string language)
    {
        var texts = new ResourceManager(typeof(IcsNotice));
        var english = texts.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var translated = texts.GetResourceSet(CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)!;

        foreach (System.Collections.DictionaryEntry entry in english)
        {
            var text = translated.GetString((string)entry.Key);
            Assert.False(string.IsNullOrWhiteSpace(text), $"{entry.Key} has no {language} text");
            Assert.NotEqual(entry.Value, text);
        }
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("this is not a calendar", "not a valid iCalendar")]
    [InlineData("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20251102\nEND:VEVENT\n", "no BEGIN:VCALENDAR")]
    [InlineData("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20251102\n", "Unclosed component")]
    [InlineData("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20251102\nEND:VCALENDAR\nEND:VEVENT\n", "not a valid iCalendar")]
    [InlineData("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Broken\nDTSTART;VALUE=DATE:2025aa02\nEND:VEVENT\nEND:VCALENDAR\n", "'Broken'")]
    [InlineData("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:No start\nEND:VEVENT\nEND:VCALENDAR\n", "'No start'")]
    [InlineData("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Too long\nDTSTART;VALUE=DATE:20250101\nDTEND;VALUE=DATE:20270101\nEND:VEVENT\nEND:VCALENDAR\n", "lasts 730 days")]
    public void AMalformedFileIsAClearErrorNotACrash(string ics, string error)
    {
        var result = CalendarIcs.ImportClosureDays(ics);
        Assert.False(result.Succeeded);
        Assert.Contains(error, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Days);
    }

    [Fact]
    public void ARuleRepeatingWithinADayIsBounded()
    {
        const string ics = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Hourly\nDTSTART;VALUE=DATE:20250101\nRRULE:FREQ=HOURLY\nEND:VEVENT\nEND:VCALENDAR\n";
        var result = CalendarIcs.ImportClosureDays(ics);
        Assert.False(result.Succeeded);
        Assert.Contains("'Hourly' repeats more than", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExportCoversAtMostACentury() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CalendarIcs.Export(Federal, 1, 9999, Generated));

    [Fact]
    public void AFileWithoutEventsSaysSo()
    {
        var result = CalendarIcs.ImportClosureDays("BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n");
        Assert.True(result.Succeeded);
        Assert.Empty(result.Days);
        Assert.Equal("The file has no events.", Assert.Single(result.Warnings).ToString());
    }

    private static int CountOf(string needle, string text)
    {
        var count = 0;
        for (var i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + 1, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
