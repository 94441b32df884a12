using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using Porta.Tests.Infrastructure;

namespace Porta.BrowserTests.Workspace;

/// <summary>The working calendar and service level pages of the administration, as an administrator uses them.</summary>
public sealed class DeadlineAdminPagesTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("fr", "Calendrier de travail", "Délais de service")]
    [InlineData("nl", "Werkkalender", "Servicetermijnen")]
    [InlineData("de", "Arbeitskalender", "Servicefristen")]
    [InlineData("en", "Working calendar", "Service levels")]
    public async Task The_calendar_and_service_level_pages_speak_their_language_and_meet_wcag_aa(string language, string calendar, string policies)
    {
        var (_, page) = await SignedInAdministratorAsync(language);

        await page.GotoAsync($"/workspace/{language}/admin/calendar");
        Assert.Equal(calendar, (await page.InnerTextAsync("h1")).Trim());
        await page.AssertNoViolationsAsync();
        await page.FillAsync("#hours-monday", "nine to five");
        await page.ClickAsync("form:has(#hours-monday) button[type=submit]");
        Assert.Equal("true", await page.GetAttributeAsync("#hours-monday", "aria-invalid"));
        await page.AssertNoViolationsAsync();

        await page.ClickAsync($"nav.porta-admin-nav a:has-text('{policies}')");
        Assert.Equal(policies, (await page.InnerTextAsync("h1")).Trim());
        await page.AssertNoViolationsAsync();
        await page.FillAsync("#amount", "0");
        await page.ClickAsync("form:has(#amount) button[type=submit]");
        Assert.Equal("true", await page.GetAttributeAsync("#amount", "aria-invalid"));
        await page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task An_administrator_edits_opening_hours_and_closure_days_and_moves_them_through_icalendar()
    {
        var (org, page) = await SignedInAdministratorAsync("en");
        var day = NextWeekday(DateTime.UtcNow.AddDays(45));
        await page.GotoAsync("/workspace/en/admin/calendar");

        await page.FillAsync("#closure-day", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.ClickAsync("button:has-text('Add the closure day')");

        Assert.Contains("The closure day is added.", await page.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        var longDate = day.ToString("D", CultureInfo.GetCultureInfo("en-BE"));
        Assert.Contains(longDate, await page.InnerTextAsync("#closure-days"), StringComparison.Ordinal);
        Assert.Contains("Closure day of the organisation", await page.InnerTextAsync($"#closed-days tr:has-text('{longDate}')"), StringComparison.Ordinal);
        Assert.Contains(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (await org.Admin.GetJson("/api/v1/admin/calendar"))["closureDays"]!.ToJsonString(), StringComparison.Ordinal);

        // The download link works with the session alone, and the file has the new day.
        var ics = await page.APIRequest.GetAsync(await page.GetAttributeAsync("a[download]", "href") ?? "");
        Assert.Equal(200, ics.Status);
        var exported = await ics.TextAsync();
        Assert.Contains("DTSTART;VALUE=DATE:" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture), exported, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Closure day of the organisation", exported, StringComparison.Ordinal);

        // A file from elsewhere adds its all-day events.
        var bridge = NextWeekday(day.ToDateTime(TimeOnly.MinValue).AddDays(1));
        await page.SetInputFilesAsync("#ics-file", new FilePayload { Name = "days-off.ics", MimeType = "text/calendar", Buffer = Encoding.UTF8.GetBytes(Ics(bridge)) });
        await page.ClickAsync("button:has-text('Import')");
        Assert.Contains("1 closure days were read", await page.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        Assert.Contains(bridge.ToString("D", CultureInfo.GetCultureInfo("en-BE")), await page.InnerTextAsync("#closure-days"), StringComparison.Ordinal);

        // A file that is no calendar changes nothing and says so next to the field.
        await page.SetInputFilesAsync("#ics-file", new FilePayload { Name = "notes.ics", MimeType = "text/calendar", Buffer = "just some notes"u8.ToArray() });
        await page.ClickAsync("button:has-text('Import')");
        Assert.Equal("true", await page.GetAttributeAsync("#ics-file", "aria-invalid"));
        Assert.Equal(2, (await org.Admin.GetJson("/api/v1/admin/calendar"))["closureDays"]!.AsArray().Count);

        // A file over the limit is refused without being read.
        var large = Encoding.UTF8.GetBytes(Ics(bridge) + new string(' ', 260 * 1024));
        await page.SetInputFilesAsync("#ics-file", new FilePayload { Name = "large.ics", MimeType = "text/calendar", Buffer = large });
        await page.ClickAsync("button:has-text('Import')");
        Assert.Contains("too large", await page.InnerTextAsync("#ics-file-error"), StringComparison.Ordinal);
        Assert.Equal(2, (await org.Admin.GetJson("/api/v1/admin/calendar"))["closureDays"]!.AsArray().Count);

        // Saturday mornings open; the rest stays as it was.
        await page.FillAsync("#hours-saturday", "09:00-12:00");
        await page.ClickAsync("button:has-text('Save')");
        Assert.Contains("The calendar is saved.", await page.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        Assert.Equal("09:00-12:00", await page.InputValueAsync("#hours-saturday"));
        Assert.Equal("08:30-12:30, 13:00-16:30", await page.InputValueAsync("#hours-monday"));
        var hours = (await org.Admin.GetJson("/api/v1/admin/calendar"))["openingHours"]!.ToJsonString();
        Assert.Contains("\"day\":\"Saturday\",\"start\":\"09:00:00\",\"end\":\"12:00:00\"", hours, StringComparison.Ordinal);

        // Overlapping hours are refused next to their day, and nothing is stored.
        await page.FillAsync("#hours-tuesday", "08:00-12:00, 11:00-15:00");
        await page.ClickAsync("button:has-text('Save')");
        Assert.Equal("true", await page.GetAttributeAsync("#hours-tuesday", "aria-invalid"));
        Assert.Equal(hours, (await org.Admin.GetJson("/api/v1/admin/calendar"))["openingHours"]!.ToJsonString());

        await page.ClickAsync($"button[aria-label='Remove the closure day {longDate}']");
        Assert.DoesNotContain(longDate, await page.InnerTextAsync("#closure-days"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_an_import_left_out_is_said_in_the_agents_language()
    {
        var (org, page) = await SignedInAdministratorAsync("fr");
        var bridge = NextWeekday(DateTime.UtcNow.AddDays(60));
        var meeting = bridge.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        // The bridge day and a staff meeting with a time of day, which closes nothing.
        var ics = Ics(bridge).Replace("END:VCALENDAR", string.Join("\r\n",
            "BEGIN:VEVENT", "UID:meeting@hr.example.test", "DTSTAMP:20260101T000000Z", $"DTSTART:{meeting}T090000Z", $"DTEND:{meeting}T100000Z",
            "SUMMARY:Réunion du personnel", "END:VEVENT", "END:VCALENDAR"), StringComparison.Ordinal);
        await page.GotoAsync("/workspace/fr/admin/calendar");

        await page.SetInputFilesAsync("#ics-file", new FilePayload { Name = "conges.ics", MimeType = "text/calendar", Buffer = Encoding.UTF8.GetBytes(ics) });
        await page.ClickAsync("button:has-text('Importer')");

        Assert.Contains("1 jours de fermeture ont été lus", await page.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        var warnings = await page.InnerTextAsync("#import-warnings");
        Assert.Contains("Certains événements du fichier n'ont pas été repris", warnings, StringComparison.Ordinal);
        Assert.Contains("Événement 2 « Réunion du personnel » (" + bridge.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            + ") a une heure de début", warnings, StringComparison.Ordinal);
        Assert.Contains(bridge.ToString("D", CultureInfo.GetCultureInfo("fr-BE")), await page.InnerTextAsync("#closure-days"), StringComparison.Ordinal);
        Assert.Single((await org.Admin.GetJson("/api/v1/admin/calendar"))["closureDays"]!.AsArray());
        await page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task An_administrator_changes_adds_and_deletes_service_levels()
    {
        var (org, page) = await SignedInAdministratorAsync("en");
        await page.GotoAsync("/workspace/en/admin/sla-policies");
        var row = page.Locator("#policies tbody tr:has-text('First answer'):has-text('The whole organisation')");

        await row.Locator("input[name='Edits.Amount']").FillAsync("7");
        await row.Locator("select").SelectOptionAsync("WorkingDays");
        await row.Locator("button:has-text('Change')").ClickAsync();

        Assert.Contains("The duration is changed.", await page.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        Assert.Contains("7 working days", await row.InnerTextAsync(), StringComparison.Ordinal);
        var policies = (await org.Admin.GetJson("/api/v1/admin/sla-policies")).AsArray();
        Assert.Contains(policies, p => p!["measure"]!.GetValue<string>() == "firstAnswer" && p["scope"]!.GetValue<string>() == "organisation" && p["amount"]!.GetValue<int>() == 7);

        await row.Locator("input[name='Edits.Amount']").FillAsync("seven");
        await row.Locator("button:has-text('Change')").ClickAsync();
        Assert.Equal("true", await row.Locator("input[name='Edits.Amount']").GetAttributeAsync("aria-invalid"));
        Assert.Contains("whole number", await page.InnerTextAsync("[role=alert]"), StringComparison.Ordinal);
        Assert.Equal("seven", await row.Locator("input[name='Edits.Amount']").InputValueAsync());
        await page.AssertNoViolationsAsync();

        await page.SelectOptionAsync("#measure", "Resolution");
        await page.SelectOptionAsync("#scope", "channel:Phone");
        await page.FillAsync("#amount", "3");
        await page.SelectOptionAsync("#unit", "WorkingDays");
        await page.ClickAsync("button:has-text('Add')");
        var phone = page.Locator("#policies tbody tr:has-text('Final answer'):has-text('Channel: Phone')");
        Assert.Contains("3 working days", await phone.InnerTextAsync(), StringComparison.Ordinal);

        // The same measure and scope again is a conflict, said on top of the form.
        await page.SelectOptionAsync("#measure", "Resolution");
        await page.SelectOptionAsync("#scope", "channel:Phone");
        await page.FillAsync("#amount", "4");
        await page.ClickAsync("button:has-text('Add')");
        Assert.Contains("already exists", await page.InnerTextAsync("[role=alert]"), StringComparison.Ordinal);

        await phone.Locator("button:has-text('Delete')").ClickAsync();
        Assert.Contains("The service level is deleted.", await page.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        Assert.Equal(0, await phone.CountAsync());
    }

    [Fact]
    public async Task Enter_in_a_rows_duration_saves_that_row_and_leaves_the_others_as_they_were()
    {
        var (_, page) = await SignedInAdministratorAsync("en");
        await page.GotoAsync("/workspace/en/admin/sla-policies");
        var amounts = page.Locator("#policies tbody tr input[name='Edits.Amount']");
        var first = await amounts.Nth(0).InputValueAsync();
        var second = await amounts.Nth(1).InputValueAsync();
        var typed = (int.Parse(second, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);

        await amounts.Nth(1).FillAsync(typed);
        await amounts.Nth(1).PressAsync("Enter");
        Assert.Contains("The duration is changed.", await page.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        await page.ReloadAsync();

        Assert.Equal(first, await amounts.Nth(0).InputValueAsync());
        Assert.Equal(typed, await amounts.Nth(1).InputValueAsync());
    }

    [Fact]
    public async Task An_agent_who_is_no_administrator_gets_the_forbidden_page()
    {
        var org = await TestOrganisation.CreateAsync(browser.App);
        var email = await WorkspaceSession.CreateAgentAsync(org, "Noor Agent");
        var page = await browser.NewPageAsync();
        await page.SignInAsync(email);

        foreach (var path in new[] { "admin/calendar", "admin/sla-policies", "admin/calendar.ics" })
        {
            var response = await page.GotoAsync($"/workspace/en/{path}");
            Assert.Equal(403, response!.Status);
            Assert.Contains("/workspace/en/forbidden", page.Url, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_and_changes_nothing()
    {
        var (org, page) = await SignedInAdministratorAsync("en");
        var policy = (await org.Admin.GetJson("/api/v1/admin/sla-policies")).AsArray()[0]!["id"]!.GetValue<Guid>();
        var before = await StateAsync(org);
        (string Page, string Handler, Dictionary<string, string> Fields)[] forms =
        [
            ("admin/calendar", "calendar", new() { ["Input.TimeZoneId"] = "Europe/Brussels", ["Input.Hours[Saturday]"] = "08:00-20:00" }),
            ("admin/calendar", "add-day", new() { ["NewDay"] = "2027-03-03" }),
            ("admin/calendar", "remove-day", new() { ["RemoveDay"] = "2027-03-03" }),
            ("admin/calendar", "import", new() { ["Replace"] = "true" }),
            ("admin/sla-policies", "policy", new() { ["Input.Measure"] = "Resolution", ["Input.Scope"] = "channel:Fax", ["Input.Amount"] = "1", ["Input.Unit"] = "WorkingDays" }),
            ("admin/sla-policies", $"change-{policy:N}", new() { ["Edits.ChangeId"] = policy.ToString(), ["Edits.Amount"] = "99", ["Edits.Unit"] = "WorkingDays" }),
            ("admin/sla-policies", $"delete-{policy:N}", new() { ["Edits.DeleteId"] = policy.ToString() }),
        ];

        foreach (var (path, handler, fields) in forms)
        {
            var form = page.APIRequest.CreateFormData();
            form.Set("_handler", handler);
            foreach (var (name, value) in fields)
            {
                form.Set(name, value);
            }
            var response = await page.APIRequest.PostAsync($"/workspace/en/{path}", new APIRequestContextOptions { Form = form, MaxRedirects = 0 });
            Assert.True(response.Status == 400, $"{path} ({handler}) answered {response.Status} without an antiforgery token");
        }
        Assert.Equal(before, await StateAsync(org));
    }

    private async Task<(TestOrganisation Org, IPage Page)> SignedInAdministratorAsync(string language)
    {
        var org = await TestOrganisation.CreateAsync(browser.App);
        var email = await WorkspaceSession.CreateAgentAsync(org, "Dominique Beheer", "agent", "administrator");
        var page = await browser.NewPageAsync();
        await page.SignInAsync(email, language: language);
        return (org, page);
    }

    private static async Task<string> StateAsync(TestOrganisation org) =>
        (await org.Admin.GetJson("/api/v1/admin/calendar")).ToJsonString() + (await org.Admin.GetJson("/api/v1/admin/sla-policies")).ToJsonString();

    /// <summary>A Wednesday from <paramref name="from"/> on that is no Belgian holiday in any year the test may run.</summary>
    private static DateOnly NextWeekday(DateTime from)
    {
        var day = DateOnly.FromDateTime(from);
        while (day.DayOfWeek != DayOfWeek.Wednesday || (day.Month, day.Day) is (1, 1) or (5, 1) or (7, 21) or (8, 15) or (11, 1) or (11, 11) or (12, 25))
        {
            day = day.AddDays(1);
        }
        return day;
    }

    private static string Ics(DateOnly day) => string.Join("\r\n",
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//HR//Days off//EN", "BEGIN:VEVENT", "UID:bridge@hr.example.test", "DTSTAMP:20260101T000000Z",
        "DTSTART;VALUE=DATE:" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
        "DTEND;VALUE=DATE:" + day.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture),
        "SUMMARY:Bridge day", "END:VEVENT", "END:VCALENDAR", "");
}
