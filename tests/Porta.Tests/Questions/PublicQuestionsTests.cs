using System.Net;
using Porta.Tests.Infrastructure;

namespace Porta.Tests.Questions;

/// <summary>A citizen asks through the web form and follows the question; the acknowledgement really arrives.</summary>
public sealed class PublicQuestionsTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task Asking_gives_a_number_a_token_and_a_deadline_and_sends_an_acknowledgement_in_the_persons_language(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var email = TestOrganisation.UniqueEmail();

        var asked = await org.AskAsync(email, language: "nl", subject: "Vraag over mijn dossier");

        var number = asked["registrationNumber"]!.GetValue<string>();
        var token = asked["trackingToken"]!.GetValue<string>();
        Assert.Matches(@"^\d{3}-\d{4}-\d{5}$", number);
        Assert.Equal("new", asked["status"]!.GetValue<string>());
        Assert.True(asked["answerDueAt"]!.GetValue<DateTimeOffset>() > asked["receivedAt"]!.GetValue<DateTimeOffset>());
        var mail = Assert.Single(await MailCatcher.WaitForAsync(email));
        Assert.Contains(number, mail.Subject, StringComparison.Ordinal);
        Assert.Contains("goed ontvangen", mail.Subject, StringComparison.Ordinal);
        Assert.Contains($"https://porta.example.test/nl/{org.Slug}/follow/{number}?token={token}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Vraag over mijn dossier", mail.TextBody, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task The_acknowledgement_is_recorded_on_the_question_once_sent(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var email = TestOrganisation.UniqueEmail();
        var number = (await org.AskAsync(email))["registrationNumber"]!.GetValue<string>();
        await MailCatcher.WaitForAsync(email);

        var file = await Eventually.GetAsync(() => org.Agent.GetJson($"/api/v1/questions/{number}"), f => f["acknowledgedAt"] is not null);

        Assert.Contains(file["events"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "acknowledged");
    }

    [Theory, BothDatabases]
    public async Task The_person_follows_the_question_with_the_token_or_the_address_used(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var email = TestOrganisation.UniqueEmail();
        var asked = await org.AskAsync(email, subject: "Suivi de dossier");
        var number = asked["registrationNumber"]!.GetValue<string>();

        var byToken = await org.Public.GetJson($"/api/v1/public/questions/{number}?token={asked["trackingToken"]}");
        var byEmail = await org.Public.GetJson($"/api/v1/public/questions/{number}?email={Uri.EscapeDataString(email.ToUpperInvariant())}");

        Assert.Equal("Suivi de dossier", byToken["subject"]!.GetValue<string>());
        Assert.Equal(byToken["receivedAt"]!.ToJsonString(), byEmail["receivedAt"]!.ToJsonString());
        Assert.Single(byToken["messages"]!.AsArray());
    }

    [Theory, BothDatabases]
    public async Task A_wrong_token_answers_exactly_like_an_unknown_number(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var number = (await org.AskAsync())["registrationNumber"]!.GetValue<string>();
        var unknown = "123-4567-89002";

        var wrongToken = await org.Public.GetAsync($"/api/v1/public/questions/{number}?token=not-the-token", TestContext.Current.CancellationToken);
        var wrongEmail = await org.Public.GetAsync($"/api/v1/public/questions/{number}?email=someone-else@example.test", TestContext.Current.CancellationToken);
        var noProof = await org.Public.GetAsync($"/api/v1/public/questions/{number}", TestContext.Current.CancellationToken);
        var unknownNumber = await org.Public.GetAsync($"/api/v1/public/questions/{unknown}?token=not-the-token", TestContext.Current.CancellationToken);

        var bodies = new List<string>();
        foreach (var response in new[] { wrongToken, wrongEmail, noProof, unknownNumber })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var problem = await response.Read();
            problem.AsObject().Remove("traceId");
            bodies.Add(problem.ToJsonString());
        }
        Assert.Single(bodies.Distinct(StringComparer.Ordinal));
        Assert.DoesNotContain(number, bodies[0], StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task The_person_answers_on_their_question_and_it_reopens(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var asked = await org.AskAsync();
        var number = asked["registrationNumber"]!.GetValue<string>();
        await (await org.Agent.PostJson($"/api/v1/questions/{number}/replies", new { body = "Voici la réponse." })).Expect(HttpStatusCode.Created);
        await (await org.Agent.PostJson($"/api/v1/questions/{number}/close", new { })).Expect(HttpStatusCode.NoContent);

        await (await org.Public.PostJson($"/api/v1/public/questions/{number}/messages", new { body = "Merci, mais encore une chose…", token = asked["trackingToken"]!.GetValue<string>() }))
            .Expect(HttpStatusCode.Created);
        var refused = await org.Public.PostJson($"/api/v1/public/questions/{number}/messages", new { body = "Intrus", token = "wrong" });

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        var file = await org.Agent.GetJson($"/api/v1/questions/{number}");
        Assert.Equal("open", file["status"]!.GetValue<string>());
        Assert.Equal(3, file["messages"]!.AsArray().Count);
        Assert.Contains(file["events"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "reopened");
    }

    [Theory, BothDatabases]
    public async Task Internal_notes_and_agent_names_never_reach_the_person(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var asked = await org.AskAsync();
        var number = asked["registrationNumber"]!.GetValue<string>();
        await (await org.Agent.PostJson($"/api/v1/questions/{number}/notes", new { body = "Secret interne: dossier sensible" })).Expect(HttpStatusCode.Created);
        await (await org.Agent.PostJson($"/api/v1/questions/{number}/replies", new { body = "Voici notre réponse." })).Expect(HttpStatusCode.Created);

        var response = await org.Public.GetAsync($"/api/v1/public/questions/{number}?token={asked["trackingToken"]}", TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Secret interne", text, StringComparison.Ordinal);
        Assert.Contains("Voici notre réponse.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("api:agent", text, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Theory, BothDatabases]
    public async Task The_person_sees_the_names_and_sizes_of_their_messages_files_but_never_an_internal_notes(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var asked = await org.AskAsync();
        var number = asked["registrationNumber"]!.GetValue<string>();
        var token = Uri.EscapeDataString(asked["trackingToken"]!.GetValue<string>());
        // Without a message named, the file joins the person's own message.
        await (await org.Agent.PostAsync($"/api/v1/questions/{number}/attachments", AttachmentTests.Upload(new byte[2500], "attestation-2026.pdf", "application/pdf"), TestContext.Current.CancellationToken))
            .Expect(HttpStatusCode.Created);
        var note = await (await org.Agent.PostJson($"/api/v1/questions/{number}/notes", new { body = "Vérifié" })).Expect(HttpStatusCode.Created);
        using var onNote = AttachmentTests.Upload(new byte[10], "rapport-interne.pdf", "application/pdf");
        onNote.Add(new StringContent(note["id"]!.GetValue<string>()), "messageId");
        await (await org.Agent.PostAsync($"/api/v1/questions/{number}/attachments", onNote, TestContext.Current.CancellationToken)).Expect(HttpStatusCode.Created);

        var tracked = await org.Public.GetJson($"/api/v1/public/questions/{number}?token={token}");
        var page = await apps[db].Client().GetStringAsync($"/fr/{org.Slug}/follow/{number}?token={token}", TestContext.Current.CancellationToken);

        var file = Assert.Single(Assert.Single(tracked["messages"]!.AsArray())!["attachments"]!.AsArray())!;
        Assert.Equal("attestation-2026.pdf", file["fileName"]!.GetValue<string>());
        Assert.Equal(2500, file["size"]!.GetValue<long>());
        Assert.Contains("<li class=\"utrecht-unordered-list__item\">attestation-2026.pdf (3 Ko)</li>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("rapport-interne", tracked.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("rapport-interne", page, StringComparison.Ordinal);
    }
}
