using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Porta.Infrastructure;
using Porta.Questions;
using Porta.Tests.Infrastructure;

namespace Porta.Tests.Questions;

/// <summary>Numbers are random and only the unique index checks them: a clash must still end in a question
/// with a number of its own, and an acknowledgement that names that number.</summary>
public sealed class RegistrationNumberClashTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task A_number_already_given_is_drawn_again(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var taken = (await org.AskAsync(subject: "La première"))["registrationNumber"]!.GetValue<string>();
        await using var clashing = apps[db].WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.Replace(ServiceDescriptor.Singleton<RegistrationNumbers>(new NumbersStartingWith(taken)))));
        var email = TestOrganisation.UniqueEmail();

        var asked = await (await clashing.Client().PostJson($"/api/v1/public/{org.Slug}/questions", new
        {
            name = "Camille Exemple",
            email,
            language = "fr",
            subject = "La seconde",
            body = "Bonjour, une autre question.",
        })).Expect(HttpStatusCode.Created);

        var number = asked["registrationNumber"]!.GetValue<string>();
        Assert.NotEqual(taken, number);
        Assert.Equal("La première", (await org.Agent.GetJson($"/api/v1/questions/{taken}"))["subject"]!.GetValue<string>());
        Assert.Equal("La seconde", (await org.Agent.GetJson($"/api/v1/questions/{number}"))["subject"]!.GetValue<string>());
        var mail = Assert.Single(await MailCatcher.WaitForAsync(email));
        Assert.Contains(number, mail.Subject, StringComparison.Ordinal);
    }

    /// <summary>Every number drawn is taken, so every attempt fails on its last statement: what was written
    /// before it in the same save (the new person, first) must be gone too.</summary>
    [Theory, BothDatabases]
    public async Task A_registration_that_cannot_be_stored_leaves_nothing_behind(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var taken = (await org.AskAsync(subject: "La première"))["registrationNumber"]!.GetValue<string>();
        await using var clashing = apps[db].WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.Replace(ServiceDescriptor.Singleton<RegistrationNumbers>(new NumbersAlways(taken)))));
        var email = TestOrganisation.UniqueEmail();

        var response = await clashing.Client().PostJson($"/api/v1/public/{org.Slug}/questions", new
        {
            name = "Camille Exemple",
            email,
            language = "fr",
            subject = "Jamais enregistrée",
            body = "Bonjour.",
        });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        await using var scope = apps[db].Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<PortaDbContext>();
        var cancellation = TestContext.Current.CancellationToken;
        Assert.False(await context.Persons.IgnoreQueryFilters().AnyAsync(p => p.Email == email, cancellation));
        Assert.False(await context.Outbox.IgnoreQueryFilters().AnyAsync(o => o.Recipient == email, cancellation));
        Assert.False(await context.Questions.IgnoreQueryFilters().AnyAsync(q => q.Subject == "Jamais enregistrée", cancellation));
    }

    private sealed class NumbersAlways(string number) : RegistrationNumbers
    {
        public override string Next() => number;
    }

    private sealed class NumbersStartingWith(string first) : RegistrationNumbers
    {
        private int calls;

        public override string Next() => Interlocked.Increment(ref calls) == 1 ? first : base.Next();
    }
}
