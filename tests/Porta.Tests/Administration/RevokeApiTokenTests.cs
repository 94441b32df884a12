using System.Net;
using Porta.Tests.Infrastructure;

namespace Porta.Tests.Administration;

/// <summary>Revoking an API token, <c>DELETE /api/v1/admin/tokens/{id}</c>.</summary>
public sealed class RevokeApiTokenTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task A_revoked_token_authenticates_nothing_from_then_on(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var issued = await (await org.Admin.PostJson("/api/v1/admin/tokens", new { name = "integration", role = "agent" })).Expect(HttpStatusCode.Created);
        var client = apps[db].Client(issued["token"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/questions", TestContext.Current.CancellationToken)).StatusCode);

        var revoked = await org.Admin.DeleteAsync($"/api/v1/admin/tokens/{issued["id"]}", TestContext.Current.CancellationToken);
        var again = await org.Admin.DeleteAsync($"/api/v1/admin/tokens/{issued["id"]}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/questions", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task Another_organisations_token_is_not_found_and_keeps_working(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var other = await TestOrganisation.CreateAsync(apps[db]);
        var theirs = await (await other.Admin.PostJson("/api/v1/admin/tokens", new { name = "theirs", role = "agent" })).Expect(HttpStatusCode.Created);

        var byStranger = await org.Admin.DeleteAsync($"/api/v1/admin/tokens/{theirs["id"]}", TestContext.Current.CancellationToken);
        var byAgent = await other.Agent.DeleteAsync($"/api/v1/admin/tokens/{theirs["id"]}", TestContext.Current.CancellationToken);
        var unknown = await org.Admin.DeleteAsync($"/api/v1/admin/tokens/{Guid.NewGuid()}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var client = apps[db].Client(theirs["token"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/questions", TestContext.Current.CancellationToken)).StatusCode);
    }
}
