using System.Net;
using Porta.Tests.Infrastructure;

namespace Porta.Tests.Administration;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Public_calls_past_the_limit_get_429_with_retry_after_and_store_nothing()
    {
        await using var app = new PortaFactory(Db.Sqlite, new() { ["Porta:RateLimiting:PublicPerMinute"] = "3" });
        var org = await TestOrganisation.CreateAsync(app);
        for (var i = 0; i < 3; i++)
        {
            await org.AskAsync();
        }

        var refused = await org.Public.PostJson($"/api/v1/public/{org.Slug}/questions",
            new { name = "A", email = TestOrganisation.UniqueEmail(), language = "fr", subject = "S", body = "B" });
        var tracking = await org.Public.GetAsync("/api/v1/public/questions/123-4567-89002?token=x", TestContext.Current.CancellationToken);

        var problem = await refused.Expect(HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(429, problem["status"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.TooManyRequests, tracking.StatusCode);
        Assert.Equal(3, (await org.Agent.GetJson("/api/v1/questions"))["total"]!.GetValue<int>());
    }

    /// <summary>Attempts to sign in are limited per client; opening the sign-in page is not an attempt, so an agent
    /// who reloads it is never locked out by it.</summary>
    [Fact]
    public async Task Sign_in_attempts_past_the_limit_get_429_but_opening_the_page_does_not_count()
    {
        await using var app = new PortaFactory(Db.Sqlite, new() { ["Porta:RateLimiting:SignInPerMinute"] = "3" });
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var cancellation = TestContext.Current.CancellationToken;
        var page = "";
        for (var i = 0; i < 6; i++)
        {
            var response = await client.GetAsync("/workspace/fr/sign-in", cancellation);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            page = await response.Content.ReadAsStringAsync(cancellation);
        }

        var attempts = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "sign-in",
                ["__RequestVerificationToken"] = Antiforgery.TokenIn(page),
                ["Input.Email"] = "nobody@example.test",
                ["Input.Password"] = "wrong",
            });
            attempts.Add((await client.PostAsync("/workspace/fr/sign-in", form, cancellation)).StatusCode);
        }

        Assert.All(attempts[..3], status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, attempts[3]);
    }

    /// <summary>The guard counts per address across organisations: asking two administrations of the same
    /// installation in someone else's name floods them no more than asking one.</summary>
    [Theory, BothDatabases]
    public async Task One_address_receives_only_a_few_acknowledgements_an_hour_whatever_the_organisation(Db db)
    {
        await using var app = new PortaFactory(db, new() { ["Porta:Smtp:AcknowledgementsPerAddressPerHour"] = "2" });
        var first = await TestOrganisation.CreateAsync(app);
        var second = await TestOrganisation.CreateAsync(app);
        var victim = TestOrganisation.UniqueEmail();
        var numbers = new List<string>();
        foreach (var org in new[] { first, first, second, second })
        {
            numbers.Add((await org.AskAsync(victim))["registrationNumber"]!.GetValue<string>());
        }

        await MailCatcher.WaitForAsync(victim, count: 2);
        await Task.Delay(1500, TestContext.Current.CancellationToken);

        Assert.Equal(2, (await MailCatcher.ReadAsync(victim, TestContext.Current.CancellationToken)).Count);
        foreach (var number in numbers[2..])
        {
            var file = await second.Agent.GetJson($"/api/v1/questions/{number}");
            Assert.Contains(file["events"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "acknowledgementSuppressed");
        }
        var acknowledged = await first.Agent.GetJson($"/api/v1/questions/{numbers[1]}");
        Assert.DoesNotContain(acknowledged["events"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "acknowledgementSuppressed");
    }

    /// <summary>A letter giving only a phone number reaches a person who gave an address before, and the
    /// acknowledgement goes to that address: the guard must count it there too.</summary>
    [Theory, BothDatabases]
    public async Task A_question_known_by_phone_only_is_held_to_the_same_limit_on_the_address_it_is_acknowledged_to(Db db)
    {
        await using var app = new PortaFactory(db, new() { ["Porta:Smtp:AcknowledgementsPerAddressPerHour"] = "2" });
        var org = await TestOrganisation.CreateAsync(app);
        var victim = TestOrganisation.UniqueEmail();
        var phone = $"+32 2 {Random.Shared.Next(100, 999)} {Random.Shared.Next(10, 99)} {Random.Shared.Next(10, 99)}";
        for (var i = 0; i < 2; i++)
        {
            await (await org.Public.PostJson($"/api/v1/public/{org.Slug}/questions",
                new { name = "Camille Exemple", email = victim, phone, language = "fr", subject = "Par écrit", body = "Bonjour." }))
                .Expect(HttpStatusCode.Created);
        }

        var letter = await (await org.Agent.PostJson("/api/v1/questions",
            new { channel = "letter", name = "Camille Exemple", phone, language = "fr", subject = "Par courrier", body = "Bonjour." }))
            .Expect(HttpStatusCode.Created);

        var file = await org.Agent.GetJson($"/api/v1/questions/{letter["registrationNumber"]!.GetValue<string>()}");
        Assert.Equal(victim, file["person"]!["email"]!.GetValue<string>());
        Assert.Contains(file["events"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "acknowledgementSuppressed");
        await MailCatcher.WaitForAsync(victim, count: 2);
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        Assert.Equal(2, (await MailCatcher.ReadAsync(victim, TestContext.Current.CancellationToken)).Count);
    }
}
