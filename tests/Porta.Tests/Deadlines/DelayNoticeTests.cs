using System.Net;
using Porta.Tests.Infrastructure;

namespace Porta.Tests.Deadlines;

/// <summary>When an answer will be late, the person is told why and by when, by e-mail in their language.</summary>
public sealed class DelayNoticeTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task The_person_gets_the_notice_in_their_language_and_the_question_keeps_both_dates(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var email = TestOrganisation.UniqueEmail();
        var registered = await org.AskAsync(email, language: "nl", subject: "Terugbetaling");
        var number = registered.Number();
        var original = registered.Instant("answerDueAt");
        var newDueAt = original.AddDays(7);

        var notice = await (await org.Agent.PostJson($"/api/v1/questions/{number}/delay-notice", new
        {
            reason = "Wij wachten op een attest van uw werkgever.",
            newDueAt,
        })).Expect(HttpStatusCode.OK);

        Assert.True(notice["delayNotifiedInTime"]!.GetValue<bool>());
        var mails = await MailCatcher.WaitForAsync(email, count: 2);
        var mail = Assert.Single(mails, m => m.Subject?.Contains("neemt meer tijd in beslag", StringComparison.Ordinal) == true);
        Assert.Contains(number, mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Wij wachten op een attest van uw werkgever.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(newDueAt.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), mail.TextBody, StringComparison.Ordinal);
        var acknowledgement = Assert.Single(mails, m => m != mail);
        Assert.Equal(acknowledgement.MessageId, mail.InReplyTo);

        var file = await org.Agent.GetJson($"/api/v1/questions/{number}");
        Assert.Equal(original, file.Instant("answerDueAt"));
        Assert.Equal(newDueAt, file.Instant("delayedDueAt"));
        Assert.Equal("Wij wachten op een attest van uw werkgever.", file["delayReason"]!.GetValue<string>());
        Assert.NotNull(file["delayNotifiedAt"]);
        Assert.Equal("pending", file["timeliness"]!.GetValue<string>());
        Assert.Null(file["firstAnsweredAt"]); // neither the acknowledgement nor a delay notice is an answer
        Assert.Contains(file["events"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "delayNotified");
        var tracked = await org.Public.GetJson($"/api/v1/public/questions/{number}?email={Uri.EscapeDataString(email)}");
        Assert.Equal(newDueAt, tracked.Instant("delayedDueAt"));
        Assert.Equal(original, tracked.Instant("answerDueAt"));
    }

    [Theory, BothDatabases]
    public async Task A_notice_without_reason_or_with_a_date_not_later_is_refused_and_changes_nothing(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var other = await TestOrganisation.CreateAsync(apps[db]);
        var registered = await org.AskAsync();
        var number = registered.Number();
        var due = registered.Instant("answerDueAt");
        var url = $"/api/v1/questions/{number}/delay-notice";

        var noReason = await (await org.Agent.PostJson(url, new { reason = "", newDueAt = due.AddDays(3) })).Expect(HttpStatusCode.BadRequest);
        var longReason = await (await org.Agent.PostJson(url, new { reason = new string('x', 2001), newDueAt = due.AddDays(3) })).Expect(HttpStatusCode.BadRequest);
        var earlier = await (await org.Agent.PostJson(url, new { reason = "Attente", newDueAt = due.AddHours(-1) })).Expect(HttpStatusCode.BadRequest);
        var past = await (await org.Agent.PostJson(url, new { reason = "Attente", newDueAt = DateTimeOffset.UtcNow.AddDays(-1) })).Expect(HttpStatusCode.BadRequest);
        var noDate = await (await org.Agent.PostJson(url, new { reason = "Attente" })).Expect(HttpStatusCode.BadRequest);
        var tooFar = await (await org.Agent.PostJson(url, new { reason = "Attente", newDueAt = DateTimeOffset.UtcNow.AddYears(2) })).Expect(HttpStatusCode.BadRequest);
        await (await other.Agent.PostJson(url, new { reason = "Attente", newDueAt = due.AddDays(3) })).Expect(HttpStatusCode.NotFound);

        Assert.NotNull(noReason["errors"]!["reason"]);
        Assert.NotNull(longReason["errors"]!["reason"]);
        Assert.NotNull(earlier["errors"]!["newDueAt"]);
        Assert.NotNull(past["errors"]!["newDueAt"]);
        Assert.NotNull(noDate["errors"]!["newDueAt"]);
        Assert.NotNull(tooFar["errors"]!["newDueAt"]);
        var file = await org.Agent.GetJson($"/api/v1/questions/{number}");
        Assert.Null(file["delayedDueAt"]);
        Assert.Null(file["delayReason"]);
        Assert.Single(file["messages"]!.AsArray());
        Assert.DoesNotContain(file["events"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "delayNotified");
    }
}
