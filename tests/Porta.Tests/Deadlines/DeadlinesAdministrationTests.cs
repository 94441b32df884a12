using System.Net;
using System.Text;
using Porta.Tests.Infrastructure;

namespace Porta.Tests.Deadlines;

/// <summary>Administrators edit their calendar and SLA policies; nobody else, and never another organisation's.</summary>
public sealed class DeadlinesAdministrationTests(TestApps apps)
{
    private const string ClosureIcs = """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//HR//Days off//EN
        BEGIN:VEVENT
        UID:bridge-2026@hr.example.test
        DTSTAMP:20260101T000000Z
        DTSTART;VALUE=DATE:20260515
        DTEND;VALUE=DATE:20260516
        SUMMARY:Bridge day
        END:VEVENT
        END:VCALENDAR
        """;

    [Theory, BothDatabases]
    public async Task A_new_organisation_has_the_charters_policies_and_calendar(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);

        var policies = (await org.Admin.GetJson("/api/v1/admin/sla-policies")).AsArray();
        var calendar = await org.Admin.GetJson("/api/v1/admin/calendar");

        Assert.Contains(policies, p => p!["measure"]!.GetValue<string>() == "firstAnswer" && p["scope"]!.GetValue<string>() == "organisation"
            && p["amount"]!.GetValue<int>() == 2 && p["unit"]!.GetValue<string>() == "workingDays");
        Assert.Contains(policies, p => p!["measure"]!.GetValue<string>() == "acknowledgement" && p["amount"]!.GetValue<int>() == 24
            && p["unit"]!.GetValue<string>() == "calendarHours");
        Assert.Equal("Europe/Brussels", calendar["timeZoneId"]!.GetValue<string>());
        Assert.Equal(10, calendar["openingHours"]!.AsArray().Count);
    }

    [Theory, BothDatabases]
    public async Task The_demo_organisation_has_every_promise_of_the_charter(Db db)
    {
        await using var app = new PortaFactory(db, new() { ["Porta:DemoData"] = "true" });
        var root = app.Client(PortaFactory.BootstrapToken);

        var policies = (await root.GetJson("/api/v1/admin/sla-policies?organisation=demo")).AsArray()
            .Select(p => $"{p!["measure"]!.GetValue<string>()} {p["category"]?.GetValue<string>() ?? "-"}: {p["duration"]!.GetValue<string>()}").Order();

        Assert.Equal(new[]
        {
            "acknowledgement -: 24 hours",
            "firstAnswer -: 2 working days",
            "firstAnswer competence-conflict: 5 working days",
            "firstAnswer documentation-request: 3 working hours",
        }, policies);
    }

    [Theory, BothDatabases]
    public async Task A_policy_for_a_channel_sets_the_deadline_of_new_questions_and_can_be_changed_and_removed(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var created = await (await org.Admin.PostJson("/api/v1/admin/sla-policies", new { measure = "firstAnswer", amount = 1, unit = "workingHours", channel = "phone" }))
            .Expect(HttpStatusCode.Created);
        var id = created["id"]!.GetValue<Guid>();
        Assert.Equal("channel", created["scope"]!.GetValue<string>());

        var phone = await org.Agent.PostJson("/api/v1/questions", new { channel = "phone", name = "Kim Proef", phone = "+32 2 000 00 99", language = "nl", subject = "Bel", body = "Vraag" });
        var phoneDue = (await phone.Expect(HttpStatusCode.Created)).Instant("answerDueAt");
        var web = (await org.AskAsync()).Instant("answerDueAt");
        Assert.True(phoneDue < web, $"{phoneDue:O} should be before {web:O}");

        var updated = await (await org.Admin.PutJson($"/api/v1/admin/sla-policies/{id}", new { measure = "firstAnswer", amount = 3, unit = "workingDays", channel = "phone" }))
            .Expect(HttpStatusCode.OK);
        Assert.Equal("3 working days", updated["duration"]!.GetValue<string>());
        await (await org.Admin.DeleteAsync($"/api/v1/admin/sla-policies/{id}", TestContext.Current.CancellationToken)).Expect(HttpStatusCode.NoContent);
        var policies = (await org.Admin.GetJson("/api/v1/admin/sla-policies")).AsArray();
        Assert.DoesNotContain(policies, p => p!["id"]!.GetValue<Guid>() == id);
    }

    [Theory, BothDatabases]
    public async Task Bad_policies_are_refused_naming_the_field(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var before = (await org.Admin.GetJson("/api/v1/admin/sla-policies")).AsArray().Count;

        async Task<string> Field(object body, HttpStatusCode status = HttpStatusCode.BadRequest)
        {
            var problem = await (await org.Admin.PostJson("/api/v1/admin/sla-policies", body)).Expect(status);
            return status == HttpStatusCode.BadRequest ? Assert.Single(problem["errors"]!.AsObject()).Key : problem["title"]!.GetValue<string>();
        }

        Assert.Equal("measure", await Field(new { measure = "lunch", amount = 2, unit = "workingDays" }));
        Assert.Equal("unit", await Field(new { measure = "firstAnswer", amount = 2, unit = "fortnights" }));
        Assert.Equal("amount", await Field(new { measure = "firstAnswer", amount = 0, unit = "workingDays" }));
        Assert.Equal("amount", await Field(new { measure = "firstAnswer", amount = 10_001, unit = "workingDays" }));
        Assert.Equal("category", await Field(new { measure = "firstAnswer", amount = 2, unit = "workingDays", category = "no-such" }));
        Assert.Equal("channel", await Field(new { measure = "firstAnswer", amount = 2, unit = "workingDays", channel = "pigeon" }));
        Assert.Equal("channel", await Field(new { measure = "firstAnswer", amount = 2, unit = "workingDays", category = "allowances", channel = "web" }));
        Assert.Equal("Conflict", await Field(new { measure = "firstAnswer", amount = 3, unit = "workingDays" }, HttpStatusCode.Conflict));
        Assert.Equal(before, (await org.Admin.GetJson("/api/v1/admin/sla-policies")).AsArray().Count);
    }

    [Theory, BothDatabases]
    public async Task The_calendar_is_validated_field_by_field_and_a_valid_one_is_kept(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var bad = await (await org.Admin.PutJson("/api/v1/admin/calendar", new
        {
            timeZoneId = "Mars/Olympus",
            openingHours = new[] { new { day = "Monday", start = "12:00:00", end = "09:00:00" } },
            belgianHolidays = true,
            closureDays = Array.Empty<string>(),
            annualClosureDays = new[] { new { month = 2, day = 30 } },
        })).Expect(HttpStatusCode.BadRequest);
        Assert.NotNull(bad["errors"]!["timeZoneId"]);
        Assert.NotNull(bad["errors"]!["openingHours[0]"]);
        Assert.NotNull(bad["errors"]!["annualClosureDays[0]"]);
        var funday = await (await org.Admin.PutJson("/api/v1/admin/calendar", new
        {
            openingHours = new[] { new { day = "Funday", start = "09:00:00", end = "12:00:00" } },
        })).Expect(HttpStatusCode.BadRequest);
        Assert.NotNull(funday["errors"]!["openingHours[0].day"]);
        Assert.Equal("Europe/Brussels", (await org.Admin.GetJson("/api/v1/admin/calendar"))["timeZoneId"]!.GetValue<string>());
        Assert.Equal(10, (await org.Admin.GetJson("/api/v1/admin/calendar"))["openingHours"]!.AsArray().Count);

        await (await org.Admin.PutJson("/api/v1/admin/calendar", new
        {
            timeZoneId = "Europe/Brussels",
            openingHours = new[] { new { day = "Monday", start = "09:00:00", end = "12:00:00" } },
            belgianHolidays = true,
            closureDays = new[] { "2026-12-28" },
            annualClosureDays = new[] { new { month = 11, day = 15 } },
        })).Expect(HttpStatusCode.OK);

        var calendar = await org.Admin.GetJson("/api/v1/admin/calendar");
        Assert.Single(calendar["openingHours"]!.AsArray());
        Assert.Equal("2026-12-28", calendar["closureDays"]![0]!.GetValue<string>());
        var due = (await org.AskAsync()).Instant("answerDueAt");
        Assert.Equal(DayOfWeek.Monday, TimeZoneInfo.ConvertTime(due, TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels")).DayOfWeek);
    }

    [Theory, BothDatabases]
    public async Task Closure_days_travel_as_iCalendar(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);

        var imported = await (await org.Admin.PostAsync("/api/v1/admin/calendar.ics", Ics(ClosureIcs), TestContext.Current.CancellationToken)).Expect(HttpStatusCode.OK);
        var broken = await (await org.Admin.PutAsync("/api/v1/admin/calendar.ics", Ics("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:no start\nEND:VEVENT\nEND:VCALENDAR"), TestContext.Current.CancellationToken))
            .Expect(HttpStatusCode.BadRequest);
        var export = await org.Admin.GetAsync("/api/v1/admin/calendar.ics?from=2026&to=2026", TestContext.Current.CancellationToken);
        var tooLong = await (await org.Admin.GetAsync("/api/v1/admin/calendar.ics?from=2026&to=2200", TestContext.Current.CancellationToken)).Expect(HttpStatusCode.BadRequest);

        Assert.Equal(1, imported["daysImported"]!.GetValue<int>());
        Assert.NotNull(broken["errors"]!["file"]);
        Assert.NotNull(tooLong["errors"]!["to"]);
        Assert.Equal("text/calendar", export.Content.Headers.ContentType!.MediaType);
        var text = await export.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("DTSTART;VALUE=DATE:20260515", text, StringComparison.Ordinal); // the imported bridge day
        Assert.Contains("DTSTART;VALUE=DATE:20260721", text, StringComparison.Ordinal); // the national day
        Assert.Equal(["2026-05-15"], (await org.Admin.GetJson("/api/v1/admin/calendar"))["closureDays"]!.AsArray().Select(d => d!.GetValue<string>()));
    }

    [Theory, BothDatabases]
    public async Task The_api_says_what_an_import_left_out_in_english(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        const string timed = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Staff meeting\nDTSTART:20260512T090000Z\nEND:VEVENT\nEND:VCALENDAR\n";

        var imported = await (await org.Admin.PostAsync("/api/v1/admin/calendar.ics", Ics(timed), TestContext.Current.CancellationToken)).Expect(HttpStatusCode.OK);

        Assert.Equal(0, imported["daysImported"]!.GetValue<int>());
        Assert.StartsWith("Event 1 'Staff meeting' (2026-05-12) has a time of day", imported["warnings"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task Only_administrators_of_the_organisation_reach_its_calendar_and_policies(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var other = await TestOrganisation.CreateAsync(apps[db]);
        var policy = (await org.Admin.GetJson("/api/v1/admin/sla-policies"))[0]!;
        var id = policy["id"]!.GetValue<Guid>();
        var amount = policy["amount"]!.GetValue<int>();
        var root = apps[db].Client(PortaFactory.BootstrapToken);

        await (await org.Agent.GetAsync("/api/v1/admin/calendar", TestContext.Current.CancellationToken)).Expect(HttpStatusCode.Forbidden);
        await (await org.Public.GetAsync("/api/v1/admin/sla-policies", TestContext.Current.CancellationToken)).Expect(HttpStatusCode.Unauthorized);
        var put = await (await other.Admin.PutJson($"/api/v1/admin/sla-policies/{id}", new { measure = "firstAnswer", amount = 9, unit = "workingDays" })).Expect(HttpStatusCode.NotFound);
        var delete = await (await other.Admin.DeleteAsync($"/api/v1/admin/sla-policies/{id}", TestContext.Current.CancellationToken)).Expect(HttpStatusCode.NotFound);
        var unknown = await (await org.Admin.DeleteAsync($"/api/v1/admin/sla-policies/{Guid.CreateVersion7()}", TestContext.Current.CancellationToken)).Expect(HttpStatusCode.NotFound);
        await (await other.Admin.GetAsync($"/api/v1/admin/calendar?organisation={org.Slug}", TestContext.Current.CancellationToken)).Expect(HttpStatusCode.NotFound);
        var unnamed = await (await root.GetAsync("/api/v1/admin/calendar", TestContext.Current.CancellationToken)).Expect(HttpStatusCode.BadRequest);
        var named = await root.GetJson($"/api/v1/admin/sla-policies?organisation={org.Slug}");

        Assert.Equal(unknown["detail"]!.GetValue<string>(), put["detail"]!.GetValue<string>());
        Assert.Equal(unknown["detail"]!.GetValue<string>(), delete["detail"]!.GetValue<string>());
        Assert.NotNull(unnamed["errors"]!["organisation"]);
        Assert.Contains(named.AsArray(), p => p!["id"]!.GetValue<Guid>() == id && p["amount"]!.GetValue<int>() == amount);
    }

    private static StringContent Ics(string text) => new(text, Encoding.UTF8, "text/calendar");
}
