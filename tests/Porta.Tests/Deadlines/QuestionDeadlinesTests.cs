using System.Net;
using Porta.Tests.Infrastructure;
using static Porta.Tests.Deadlines.DeadlineTestOrganisation;

namespace Porta.Tests.Deadlines;

/// <summary>Deadlines set from the organisation's policies and calendar, shown on every question, recounted
/// when the category changes, and filtered on.</summary>
public sealed class QuestionDeadlinesTests(TestApps apps)
{
    private static readonly DateTimeOffset Tuesday1630 = new(2026, 3, 10, 16, 30, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset Wednesday1630 = new(2026, 3, 11, 16, 30, 0, TimeSpan.FromHours(1));

    [Theory, BothDatabases]
    public async Task A_letter_received_last_Friday_is_due_as_if_registered_then_and_every_view_says_so(Db db)
    {
        await using var app = new PortaFactory(db, time: MondayMorning());
        var org = await TestOrganisation.CreateAsync(app);
        var email = TestOrganisation.UniqueEmail();
        // Friday 6 March at 17:00, after closing: Monday and Tuesday are the two working days.
        var letter = await org.RegisterAsync("letter", receivedAt: new DateTimeOffset(2026, 3, 6, 17, 0, 0, TimeSpan.FromHours(1)), email: email);
        var web = await org.RegisterAsync("web");

        Assert.Equal(Tuesday1630, letter.Instant("answerDueAt"));
        Assert.Equal(Wednesday1630, web.Instant("answerDueAt"));
        var file = await org.Agent.GetJson($"/api/v1/questions/{letter.Number()}");
        Assert.Equal(Tuesday1630, file.Instant("answerDueAt"));
        Assert.Equal("onTime", file["deadlineState"]!.GetValue<string>());
        Assert.Equal(810, file["workingMinutesLeft"]!.GetValue<int>()); // 6 h on Monday, 7.5 h on Tuesday
        Assert.Equal("pending", file["timeliness"]!.GetValue<string>());
        var list = await org.Agent.GetJson("/api/v1/questions");
        var first = list["items"]![0]!;
        Assert.Equal(letter.Number(), first["registrationNumber"]!.GetValue<string>()); // soonest deadline first
        Assert.Equal(810, first["workingMinutesLeft"]!.GetValue<int>());
        Assert.Equal("onTime", first["deadlineState"]!.GetValue<string>());
        var tracked = await org.Public.GetJson($"/api/v1/public/questions/{letter.Number()}?email={Uri.EscapeDataString(email)}");
        Assert.Equal(Tuesday1630, tracked.Instant("answerDueAt"));
        Assert.Equal("onTime", tracked["deadlineState"]!.GetValue<string>());
        Assert.Equal(810, tracked["workingMinutesLeft"]!.GetValue<int>());
    }

    /// <summary>The acknowledgement and resolution policies an administrator sets are promises too: the file says
    /// when each falls due, counted like the first answer from when the question was received, as the policies
    /// stand when the file is read; nothing where there is no such policy.</summary>
    [Theory, BothDatabases]
    public async Task The_file_says_when_the_acknowledgement_and_the_resolution_are_due(Db db)
    {
        await using var app = new PortaFactory(db, time: MondayMorning());
        var org = await TestOrganisation.CreateAsync(app);
        var number = (await org.RegisterAsync("web")).Number();

        var before = (await org.Agent.GetJson($"/api/v1/questions/{number}"))["otherDeadlines"]!;
        await (await org.Admin.PostJson("/api/v1/admin/sla-policies", new { measure = "resolution", amount = 10, unit = "workingDays" }))
            .Expect(HttpStatusCode.Created);
        var after = (await org.Agent.GetJson($"/api/v1/questions/{number}"))["otherDeadlines"]!;

        Assert.Equal(Monday.AddHours(24), before.Instant("acknowledgementDueAt")); // the charter's 24 hours, seeded
        Assert.Null(before["resolutionDueAt"]);
        Assert.Equal(new DateTimeOffset(2026, 3, 23, 16, 30, 0, TimeSpan.FromHours(1)), after.Instant("resolutionDueAt")); // ten working days
    }

    [Theory, BothDatabases]
    public async Task Changing_the_category_counts_the_deadline_again_and_shows_on_the_timeline(Db db)
    {
        await using var app = new PortaFactory(db, time: MondayMorning());
        var org = await TestOrganisation.CreateAsync(app);
        await org.AddCategoryAsync("competence-conflict", 5, "workingDays");
        var number = (await org.RegisterAsync("web")).Number();

        var changed = await (await org.Agent.PostJson($"/api/v1/questions/{number}/category", new { category = "competence-conflict" })).Expect(HttpStatusCode.OK);

        var nextMonday = new DateTimeOffset(2026, 3, 16, 16, 30, 0, TimeSpan.FromHours(1));
        Assert.Equal(nextMonday, changed.Instant("answerDueAt"));
        var file = await org.Agent.GetJson($"/api/v1/questions/{number}");
        Assert.Equal("competence-conflict", file["category"]!.GetValue<string>());
        Assert.Equal(nextMonday, file.Instant("answerDueAt"));
        Assert.Contains(file["events"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "categoryChanged");

        var cleared = await (await org.Agent.PostJson($"/api/v1/questions/{number}/category", new { category = (string?)null })).Expect(HttpStatusCode.OK);
        Assert.Equal(Wednesday1630, cleared.Instant("answerDueAt"));
    }

    [Theory, BothDatabases]
    public async Task An_unknown_category_or_another_organisations_question_changes_nothing(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var other = await TestOrganisation.CreateAsync(org.App);
        var number = (await org.AskAsync())["registrationNumber"]!.GetValue<string>();
        var before = await org.Agent.GetJson($"/api/v1/questions/{number}");

        var unknown = await (await org.Agent.PostJson($"/api/v1/questions/{number}/category", new { category = "no-such-category" })).Expect(HttpStatusCode.BadRequest);
        var crossing = await (await other.Agent.PostJson($"/api/v1/questions/{number}/category", new { category = "allowances" })).Expect(HttpStatusCode.NotFound);
        var missing = await (await org.Agent.PostJson("/api/v1/questions/000-0000-00000/category", new { category = "allowances" })).Expect(HttpStatusCode.NotFound);

        Assert.NotNull(unknown["errors"]!["category"]);
        Assert.Equal(missing["title"]!.GetValue<string>(), crossing["title"]!.GetValue<string>());
        var after = await org.Agent.GetJson($"/api/v1/questions/{number}");
        Assert.Null(after["category"]);
        Assert.Equal(before.Instant("answerDueAt"), after.Instant("answerDueAt"));
        Assert.DoesNotContain(after["events"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "categoryChanged");
    }

    [Theory, BothDatabases]
    public async Task AtRisk_and_overdue_filters_follow_the_clock(Db db)
    {
        var time = MondayMorning();
        await using var app = new PortaFactory(db, time: time);
        var org = await TestOrganisation.CreateAsync(app);
        await org.AddCategoryAsync("documentation-request", 3, "workingHours");
        var onTime = (await org.RegisterAsync("web")).Number(); // due Wednesday
        var atRisk = (await org.RegisterAsync("web", category: "documentation-request")).Number(); // due today 13:30
        var overdue = (await org.RegisterAsync("letter", receivedAt: Monday.AddDays(-6))).Number(); // received last Tuesday, due Thursday
        var answered = (await org.RegisterAsync("letter", receivedAt: Monday.AddDays(-6))).Number();
        await (await org.Agent.PostJson($"/api/v1/questions/{answered}/replies", new { body = "Voici la réponse." })).Expect(HttpStatusCode.Created);

        async Task<string[]> Numbers(string query) =>
            [.. (await org.Agent.GetJson("/api/v1/questions?" + query))["items"]!.AsArray().Select(i => i!["registrationNumber"]!.GetValue<string>()).Order()];

        Assert.Equal(new[] { atRisk }, await Numbers("atRisk=true"));
        Assert.Equal(new[] { overdue }, await Numbers("overdue=true"));
        Assert.Equal(new[] { atRisk, overdue }.Order(), await Numbers("atRisk=true&overdue=true"));
        Assert.Equal(new[] { onTime, answered }.Order(), await Numbers("atRisk=false&overdue=false"));
        var page = await org.Agent.GetJson("/api/v1/questions?atRisk=true");
        Assert.Equal(1, page["total"]!.GetValue<int>());
        Assert.Equal("atRisk", page["items"]![0]!["deadlineState"]!.GetValue<string>());
        Assert.Equal(180, page["items"]![0]!["workingMinutesLeft"]!.GetValue<int>());

        time.Advance(TimeSpan.FromHours(4)); // 14:00: the documentation request is half an hour late

        Assert.Equal(new[] { atRisk, overdue }.Order(), await Numbers("overdue=true"));
        Assert.Empty(await Numbers("atRisk=true"));
        var file = await org.Agent.GetJson($"/api/v1/questions/{atRisk}");
        Assert.Equal("overdue", file["deadlineState"]!.GetValue<string>());
        Assert.Equal(-30, file["workingMinutesLeft"]!.GetValue<int>());
        Assert.Equal("late", file["timeliness"]!.GetValue<string>());
        var done = await org.Agent.GetJson($"/api/v1/questions/{answered}");
        Assert.Null(done["deadlineState"]);
        Assert.Equal("late", done["timeliness"]!.GetValue<string>());
        var problem = await org.Agent.GetJson("/api/v1/questions?atRisk=maybe", HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["atRisk"]);
    }
}
