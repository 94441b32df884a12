using System.Net;
using Porta.Tests.Infrastructure;

namespace Porta.Tests.Questions;

/// <summary>Giving a question to one agent, through <c>POST /api/v1/questions/{number}/assign</c>.</summary>
public sealed class AssignQuestionTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task An_agent_of_the_organisation_gets_the_question_and_the_timeline_says_so(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var email = await CreateAgentAsync(org, "Sacha Fictif");
        var number = (await org.AskAsync())["registrationNumber"]!.GetValue<string>();

        await (await org.Agent.PostJson($"/api/v1/questions/{number}/assign", new { agent = email.ToUpperInvariant() })).Expect(HttpStatusCode.NoContent);

        var file = await org.Agent.GetJson($"/api/v1/questions/{number}");
        Assert.Equal("Sacha Fictif", file["assignee"]!.GetValue<string>());
        Assert.Equal("open", file["status"]!.GetValue<string>());
        Assert.Contains(file["events"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "assigned" && e["detail"]!.GetValue<string>() == "Sacha Fictif");
    }

    [Theory, BothDatabases]
    public async Task Bad_assignments_are_refused_naming_the_field_and_change_nothing(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var other = await TestOrganisation.CreateAsync(apps[db]);
        var strangerEmail = await CreateAgentAsync(other, "Agent Ailleurs");
        var number = (await org.AskAsync())["registrationNumber"]!.GetValue<string>();

        // An API token is no agent: it must name one.
        var unnamed = await (await org.Agent.PostJson($"/api/v1/questions/{number}/assign", new { })).Expect(HttpStatusCode.BadRequest);
        var unknown = await (await org.Agent.PostJson($"/api/v1/questions/{number}/assign", new { agent = "nobody@example.test" })).Expect(HttpStatusCode.BadRequest);
        var stranger = await (await org.Agent.PostJson($"/api/v1/questions/{number}/assign", new { agent = strangerEmail })).Expect(HttpStatusCode.BadRequest);

        Assert.NotNull(unnamed["errors"]!["agent"]);
        Assert.NotNull(unknown["errors"]!["agent"]);
        Assert.NotNull(stranger["errors"]!["agent"]);
        var file = await org.Agent.GetJson($"/api/v1/questions/{number}");
        Assert.Null(file["assignee"]);
        Assert.Equal("new", file["status"]!.GetValue<string>());
    }

    [Theory, BothDatabases]
    public async Task A_closed_question_is_not_assigned_and_another_organisations_is_not_found(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var other = await TestOrganisation.CreateAsync(apps[db]);
        var email = await CreateAgentAsync(org, "Robin Essai");
        var closed = (await org.AskAsync())["registrationNumber"]!.GetValue<string>();
        await (await org.Agent.PostAsync($"/api/v1/questions/{closed}/close", null, TestContext.Current.CancellationToken)).Expect(HttpStatusCode.NoContent);
        var theirs = (await other.AskAsync())["registrationNumber"]!.GetValue<string>();

        await (await org.Agent.PostJson($"/api/v1/questions/{closed}/assign", new { agent = email })).Expect(HttpStatusCode.Conflict);
        await (await org.Agent.PostJson($"/api/v1/questions/{theirs}/assign", new { agent = email })).Expect(HttpStatusCode.NotFound);

        Assert.Null((await other.Agent.GetJson($"/api/v1/questions/{theirs}"))["assignee"]);
    }

    /// <summary>An agent account with a password, in the French front office of <paramref name="org"/>.</summary>
    internal static async Task<string> CreateAgentAsync(TestOrganisation org, string name)
    {
        var email = TestOrganisation.UniqueEmail();
        await (await org.Admin.PostJson("/api/v1/admin/agents", new
        {
            email,
            name,
            roles = new[] { "agent" },
            teams = new[] { "front-fr" },
            password = "Test-Password-2026!",
        })).Expect(HttpStatusCode.Created);
        return email;
    }
}
