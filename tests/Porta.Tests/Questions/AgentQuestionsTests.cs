using System.Net;
using Porta.Tests.Infrastructure;

namespace Porta.Tests.Questions;

/// <summary>Agents register questions from every channel and work on them through the API.</summary>
public sealed class AgentQuestionsTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task Every_channel_becomes_one_question_with_one_number(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var letterDate = DateTimeOffset.UtcNow.AddDays(-3);
        var numbers = new List<string>();
        foreach (var channel in new[] { "web", "email", "phone", "letter", "fax" })
        {
            var registered = await (await org.Agent.PostJson("/api/v1/questions", new
            {
                channel,
                name = "Jan Voorbeeld",
                email = channel == "phone" ? null : TestOrganisation.UniqueEmail(),
                phone = channel == "phone" ? "+32 2 000 00 01" : null,
                language = "nl",
                subject = "Vraag via " + channel,
                body = "Inhoud",
                receivedAt = channel is "letter" or "fax" or "phone" ? letterDate : (DateTimeOffset?)null,
            })).Expect(HttpStatusCode.Created);
            numbers.Add(registered["registrationNumber"]!.GetValue<string>());
            var file = await org.Agent.GetJson($"/api/v1/questions/{numbers[^1]}");
            Assert.Equal(channel, file["channel"]!.GetValue<string>());
            if (channel is "letter" or "fax" or "phone")
            {
                Assert.Equal(letterDate.ToUnixTimeSeconds(), file["receivedAt"]!.GetValue<DateTimeOffset>().ToUnixTimeSeconds());
            }
            Assert.Equal("Inhoud", file["messages"]![0]!["body"]!.GetValue<string>());
        }
        Assert.Equal(5, numbers.Distinct(StringComparer.Ordinal).Count());
        var phone = await org.Agent.GetJson($"/api/v1/questions/{numbers[2]}");
        Assert.NotNull(phone["acknowledgedAt"]);
    }

    [Theory, BothDatabases]
    public async Task A_letter_dated_in_the_future_is_refused_and_nothing_is_stored(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var problem = await (await org.Agent.PostJson("/api/v1/questions", new
        {
            channel = "letter",
            name = "Lotte Muster",
            email = TestOrganisation.UniqueEmail(),
            language = "de",
            subject = "Brief",
            body = "Text",
            receivedAt = DateTimeOffset.UtcNow.AddDays(2),
        })).Expect(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["receivedAt"]);
        Assert.Equal(0, (await org.Agent.GetJson("/api/v1/questions"))["total"]!.GetValue<int>());
    }

    [Theory, BothDatabases]
    public async Task The_same_person_asking_again_shows_their_history(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var email = TestOrganisation.UniqueEmail();
        var first = (await org.AskAsync(email, subject: "Première"))["registrationNumber"]!.GetValue<string>();
        var second = (await org.AskAsync(email.ToUpperInvariant(), subject: "Deuxième"))["registrationNumber"]!.GetValue<string>();

        var file = await org.Agent.GetJson($"/api/v1/questions/{second}");

        var other = Assert.Single(file["otherQuestionsOfPerson"]!.AsArray());
        Assert.Equal(first, other!["registrationNumber"]!.GetValue<string>());
        Assert.Equal(email, file["person"]!["email"]!.GetValue<string>());
    }

    [Theory, BothDatabases]
    public async Task A_reply_reaches_the_person_threaded_under_their_question(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var email = TestOrganisation.UniqueEmail();
        var number = (await org.AskAsync(email, subject: "Mon allocation"))["registrationNumber"]!.GetValue<string>();

        await (await org.Agent.PostJson($"/api/v1/questions/{number}/replies", new { body = "Votre allocation sera versée le 5." })).Expect(HttpStatusCode.Created);

        var mails = await MailCatcher.WaitForAsync(email, count: 2);
        var acknowledgement = mails.Single(m => m.Subject?.Contains("bien reçu", StringComparison.Ordinal) == true);
        var reply = mails.Single(m => m.Subject?.StartsWith("Re", StringComparison.Ordinal) == true);
        Assert.Contains(number, reply.Subject, StringComparison.Ordinal);
        Assert.Contains("Votre allocation sera versée le 5.", reply.TextBody, StringComparison.Ordinal);
        Assert.Equal(acknowledgement.MessageId, reply.InReplyTo);
        Assert.Contains(acknowledgement.MessageId, reply.References);
        var file = await Eventually.GetAsync(() => org.Agent.GetJson($"/api/v1/questions/{number}"),
            f => f["messages"]![1]!["delivery"]!.GetValue<string>() == "sent");
        Assert.Equal("answered", file["status"]!.GetValue<string>());
        Assert.NotNull(file["firstAnsweredAt"]);
    }

    [Theory, BothDatabases]
    public async Task Closing_twice_or_replying_to_a_closed_question_is_a_conflict(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var number = (await org.AskAsync())["registrationNumber"]!.GetValue<string>();
        await (await org.Agent.PostJson($"/api/v1/questions/{number}/close", new { })).Expect(HttpStatusCode.NoContent);

        var again = await (await org.Agent.PostJson($"/api/v1/questions/{number}/close", new { })).Expect(HttpStatusCode.Conflict);
        var reply = await (await org.Agent.PostJson($"/api/v1/questions/{number}/replies", new { body = "Trop tard" })).Expect(HttpStatusCode.Conflict);

        Assert.Equal("Invalid status change", again["title"]!.GetValue<string>());
        Assert.NotNull(reply["detail"]);
        var file = await org.Agent.GetJson($"/api/v1/questions/{number}");
        Assert.Single(file["messages"]!.AsArray());
        Assert.Equal("closed", file["status"]!.GetValue<string>());
    }

    [Theory, BothDatabases]
    public async Task Notes_and_transfers_are_on_the_timeline(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var number = (await org.AskAsync())["registrationNumber"]!.GetValue<string>();

        await (await org.Agent.PostJson($"/api/v1/questions/{number}/notes", new { body = "À vérifier" })).Expect(HttpStatusCode.Created);
        await (await org.Agent.PostJson($"/api/v1/questions/{number}/transfer", new { team = "experts", note = "Pour les experts" })).Expect(HttpStatusCode.NoContent);
        var unknownTeam = await (await org.Agent.PostJson($"/api/v1/questions/{number}/transfer", new { team = "nobody" })).Expect(HttpStatusCode.BadRequest);

        var file = await org.Agent.GetJson($"/api/v1/questions/{number}");
        Assert.Equal("transferred", file["status"]!.GetValue<string>());
        Assert.Equal("Team experts", file["team"]!.GetValue<string>());
        var kinds = file["events"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()).ToList();
        Assert.Contains("noteAdded", kinds);
        Assert.Contains("transferred", kinds);
        Assert.Equal(2, file["messages"]!.AsArray().Count(m => m!["direction"]!.GetValue<string>() == "note"));
        Assert.NotNull(unknownTeam["errors"]!["team"]);
    }

    [Theory, BothDatabases]
    public async Task Lists_page_filter_and_search(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var numbers = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            numbers.Add((await org.AskAsync(subject: i == 3 ? "Déménagement à Namur" : $"Question {i}"))["registrationNumber"]!.GetValue<string>());
        }
        await (await org.Agent.PostJson($"/api/v1/questions/{numbers[0]}/close", new { })).Expect(HttpStatusCode.NoContent);

        var page1 = await org.Agent.GetJson("/api/v1/questions?pageSize=5");
        var page2 = await org.Agent.GetJson("/api/v1/questions?pageSize=5&page=2");
        var closed = await org.Agent.GetJson("/api/v1/questions?status=closed");
        var searched = await org.Agent.GetJson("/api/v1/questions?q=DÉMÉNAGEMENT");
        var byNumber = await org.Agent.GetJson($"/api/v1/questions?q={numbers[5].Replace("-", " ", StringComparison.Ordinal)}");
        var badPage = await org.Agent.GetJson("/api/v1/questions?pageSize=1000", HttpStatusCode.BadRequest);

        Assert.Equal(7, page1["total"]!.GetValue<int>());
        Assert.Equal(5, page1["items"]!.AsArray().Count);
        Assert.Equal(2, page2["items"]!.AsArray().Count);
        Assert.Empty(page1["items"]!.AsArray().Select(i => i!["registrationNumber"]!.GetValue<string>())
            .Intersect(page2["items"]!.AsArray().Select(i => i!["registrationNumber"]!.GetValue<string>())));
        Assert.Equal(numbers[0], Assert.Single(closed["items"]!.AsArray())!["registrationNumber"]!.GetValue<string>());
        Assert.Equal(numbers[3], Assert.Single(searched["items"]!.AsArray())!["registrationNumber"]!.GetValue<string>());
        Assert.Equal(numbers[5], Assert.Single(byNumber["items"]!.AsArray())!["registrationNumber"]!.GetValue<string>());
        Assert.NotNull(badPage["errors"]!["pageSize"]);
    }

    [Theory, BothDatabases]
    public async Task A_category_routes_the_question_to_its_team(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var dutch = (await org.AskAsync(language: "nl"))["registrationNumber"]!.GetValue<string>();
        var categorised = await (await org.Public.PostJson($"/api/v1/public/{org.Slug}/questions", new
        {
            name = "Noa Denkbeeld",
            email = TestOrganisation.UniqueEmail(),
            language = "nl",
            subject = "Toelage",
            body = "?",
            category = "allowances",
        })).Expect(HttpStatusCode.Created);

        Assert.Equal("Team front-nl", (await org.Agent.GetJson($"/api/v1/questions/{dutch}"))["team"]!.GetValue<string>());
        var file = await org.Agent.GetJson($"/api/v1/questions/{categorised["registrationNumber"]}");
        Assert.Equal("Team experts", file["team"]!.GetValue<string>());
        Assert.Equal("allowances", file["category"]!.GetValue<string>());
    }
}
