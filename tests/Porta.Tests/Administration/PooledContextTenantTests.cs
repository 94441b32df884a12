using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Porta.Infrastructure;
using Porta.Tests.Infrastructure;

namespace Porta.Tests.Administration;

/// <summary>Database contexts are pooled: an instance that served one organisation is handed to the next
/// request, which must see only its own organisation's rows, or none before it enters one.</summary>
public sealed class PooledContextTenantTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task A_reused_context_never_carries_the_previous_requests_organisation(Db db)
    {
        var app = apps[db];
        var first = await TestOrganisation.CreateAsync(app);
        var second = await TestOrganisation.CreateAsync(app);
        var number = (await first.AskAsync())["registrationNumber"]!.GetValue<string>();
        var firstId = await OrganisationIdAsync(app, first.Slug);
        var secondId = await OrganisationIdAsync(app, second.Slug);
        var instances = new HashSet<PortaDbContext>(ReferenceEqualityComparer.Instance);
        var reused = false;

        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(1, await VisibleAsync(app, firstId, number, instances, again => reused |= again));
            Assert.Equal(0, await VisibleAsync(app, null, number, instances, again => reused |= again));
            Assert.Equal(0, await VisibleAsync(app, secondId, number, instances, again => reused |= again));
        }

        Assert.True(reused, "The contexts were not pooled, so this test proved nothing.");
    }

    [Theory, BothDatabases]
    public async Task A_reused_context_refuses_to_write_into_another_organisation(Db db)
    {
        var app = apps[db];
        var first = await TestOrganisation.CreateAsync(app);
        var second = await TestOrganisation.CreateAsync(app);
        var firstId = await OrganisationIdAsync(app, first.Slug);
        var secondId = await OrganisationIdAsync(app, second.Slug);

        for (var i = 0; i < 20; i++)
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                scope.ServiceProvider.GetRequiredService<Tenant>().Enter(firstId);
                _ = await scope.ServiceProvider.GetRequiredService<PortaDbContext>().Teams.CountAsync(TestContext.Current.CancellationToken);
            }
            await using (var scope = app.Services.CreateAsyncScope())
            {
                scope.ServiceProvider.GetRequiredService<Tenant>().Enter(secondId);
                var context = scope.ServiceProvider.GetRequiredService<PortaDbContext>();
                context.Teams.Add(new Porta.Administration.Team { OrganisationId = firstId, Slug = "planted", Name = "Planted", Kind = Porta.Administration.TeamKind.BackOffice });
                await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync(TestContext.Current.CancellationToken));
            }
        }
        await using var check = app.Services.CreateAsyncScope();
        check.ServiceProvider.GetRequiredService<Tenant>().Enter(firstId);
        Assert.False(await check.ServiceProvider.GetRequiredService<PortaDbContext>().Teams.AnyAsync(t => t.Slug == "planted", TestContext.Current.CancellationToken));
    }

    private static async Task<int> VisibleAsync(PortaFactory app, Guid? organisationId, string number, HashSet<PortaDbContext> instances, Action<bool> seen)
    {
        await using var scope = app.Services.CreateAsyncScope();
        if (organisationId is { } id)
        {
            scope.ServiceProvider.GetRequiredService<Tenant>().Enter(id);
        }
        var context = scope.ServiceProvider.GetRequiredService<PortaDbContext>();
        seen(!instances.Add(context));
        return await context.Questions.CountAsync(q => q.RegistrationNumber == number, TestContext.Current.CancellationToken);
    }

    private static async Task<Guid> OrganisationIdAsync(PortaFactory app, string slug)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortaDbContext>().Organisations
            .Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync(TestContext.Current.CancellationToken);
    }
}
