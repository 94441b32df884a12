using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Porta.Infrastructure;
using Porta.Tests.Infrastructure;

namespace Porta.Tests.Administration;

/// <summary>Organisations are cached for the public form and the acknowledgement; a change is seen at once.</summary>
public sealed class OrganisationCacheTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task A_renamed_organisation_signs_the_next_acknowledgement_with_its_new_name(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var before = TestOrganisation.UniqueEmail();
        await org.AskAsync(before);
        Assert.Contains("Service de test " + org.Slug, Assert.Single(await MailCatcher.WaitForAsync(before)).TextBody, StringComparison.Ordinal);

        await using (var scope = apps[db].Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<PortaDbContext>();
            var organisation = await context.Organisations.SingleAsync(o => o.Slug == org.Slug, TestContext.Current.CancellationToken);
            organisation.Names = new Dictionary<string, string> { ["fr"] = "Service renommé " + org.Slug, ["nl"] = "Hernoemde dienst " + org.Slug };
            await context.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        var after = TestOrganisation.UniqueEmail();
        await org.AskAsync(after);

        var mail = Assert.Single(await MailCatcher.WaitForAsync(after));
        Assert.Contains("Service renommé " + org.Slug, mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Service de test", mail.TextBody, StringComparison.Ordinal);
    }
}
