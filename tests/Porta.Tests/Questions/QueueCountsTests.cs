using System.Net;
using Porta.Tests.Infrastructure;

namespace Porta.Tests.Questions;

/// <summary>The counters of the workspace's queues, <c>GET /api/v1/questions/queues</c>.</summary>
public sealed class QueueCountsTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task Each_queue_counts_the_questions_of_the_organisation_that_belong_in_it(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var other = await TestOrganisation.CreateAsync(apps[db]);
        var email = await AssignQuestionTests.CreateAgentAsync(org, "Kim Proef");
        await org.AskAsync(); // fresh: unassigned, two working days ahead
        var assigned = (await org.AskAsync())["registrationNumber"]!.GetValue<string>();
        var waiting = (await org.AskAsync())["registrationNumber"]!.GetValue<string>();
        var closed = (await org.AskAsync())["registrationNumber"]!.GetValue<string>();
        // A letter opened a week late: its deadline has passed.
        var lotte = TestOrganisation.UniqueEmail();
        var letter = (await (await org.Agent.PostJson("/api/v1/questions", new
        {
            channel = "letter",
            name = "Lotte Muster",
            email = lotte,
            language = "fr",
            subject = "Lettre",
            body = "Texte",
            receivedAt = DateTimeOffset.UtcNow.AddDays(-8),
        })).Expect(HttpStatusCode.Created))["registrationNumber"]!.GetValue<string>();
        await (await org.Agent.PostJson($"/api/v1/questions/{assigned}/assign", new { agent = email })).Expect(HttpStatusCode.NoContent);
        await (await org.Agent.PostJson($"/api/v1/questions/{waiting}/replies", new { body = "Votre numéro de dossier ?", waitingForPerson = true })).Expect(HttpStatusCode.Created);
        await (await org.Agent.PostAsync($"/api/v1/questions/{closed}/close", null, TestContext.Current.CancellationToken)).Expect(HttpStatusCode.NoContent);
        await other.AskAsync();

        var counts = await org.Agent.GetJson("/api/v1/questions/queues");

        Assert.Equal(2, counts["unassigned"]!.GetValue<int>()); // the fresh question and the letter
        Assert.Equal(1, counts["waiting"]!.GetValue<int>());
        Assert.Equal(1, counts["overdue"]!.GetValue<int>());
        Assert.Equal(0, counts["atRisk"]!.GetValue<int>()); // two working days are far from the at-risk threshold
        // A token is no agent: it has no questions of its own nor a team.
        Assert.Equal(0, counts["mine"]!.GetValue<int>());
        Assert.Equal(0, counts["team"]!.GetValue<int>());


        // Answered late, then written to again: open once more, but its first-answer deadline no longer runs.
        await (await org.Agent.PostJson($"/api/v1/questions/{letter}/replies", new { body = "Voici la réponse." })).Expect(HttpStatusCode.Created);
        await (await org.Public.PostJson($"/api/v1/public/questions/{letter}/messages", new { body = "Merci, encore une chose.", email = lotte }))
            .Expect(HttpStatusCode.Created);
        var after = await org.Agent.GetJson("/api/v1/questions/queues");
        Assert.Equal(2, after["unassigned"]!.GetValue<int>()); // the letter is back among the active questions
        Assert.Equal(0, after["overdue"]!.GetValue<int>());
    }

    [Theory, BothDatabases]
    public async Task Counters_need_an_agent(Db db)
    {
        var response = await apps[db].Client().GetAsync("/api/v1/questions/queues", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
