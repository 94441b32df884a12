using System.Net;
using Porta.Tests.Infrastructure;

namespace Porta.Tests.Administration;

/// <summary>Tries to cross from one organisation into another: every door answers as if nothing were there.</summary>
public sealed class TenantIsolationTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task Another_organisations_agent_can_neither_read_nor_list_nor_touch_a_question(Db db)
    {
        var victim = await TestOrganisation.CreateAsync(apps[db]);
        var intruder = await TestOrganisation.CreateAsync(apps[db]);
        var number = (await victim.AskAsync(subject: "Données confidentielles"))["registrationNumber"]!.GetValue<string>();
        var ownUnknown = await intruder.Agent.GetAsync("/api/v1/questions/123-4567-89002", TestContext.Current.CancellationToken);
        var ownUnknownBody = await StripTrace(ownUnknown);

        var read = await intruder.Agent.GetAsync($"/api/v1/questions/{number}", TestContext.Current.CancellationToken);
        var list = await intruder.Agent.GetJson($"/api/v1/questions?q={number}");
        var search = await intruder.Agent.GetJson("/api/v1/questions?q=confidentielles");
        var reply = await intruder.Agent.PostJson($"/api/v1/questions/{number}/replies", new { body = "intrusion" });
        var note = await intruder.Agent.PostJson($"/api/v1/questions/{number}/notes", new { body = "intrusion" });
        var close = await intruder.Agent.PostJson($"/api/v1/questions/{number}/close", new { });
        var transfer = await intruder.Agent.PostJson($"/api/v1/questions/{number}/transfer", new { team = "experts" });

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(ownUnknownBody, await StripTrace(read));
        Assert.Equal(0, list["total"]!.GetValue<int>());
        Assert.Equal(0, search["total"]!.GetValue<int>());
        foreach (var response in new[] { reply, note, close, transfer })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        var file = await victim.Agent.GetJson($"/api/v1/questions/{number}");
        Assert.Single(file["messages"]!.AsArray());
        Assert.Equal("new", file["status"]!.GetValue<string>());
        Assert.DoesNotContain(file["events"]!.AsArray(), e => e!["actor"]!.GetValue<string>().Contains("intrusion", StringComparison.Ordinal));
    }

    [Theory, BothDatabases]
    public async Task A_bound_token_cannot_name_another_organisation(Db db)
    {
        var victim = await TestOrganisation.CreateAsync(apps[db]);
        var intruder = await TestOrganisation.CreateAsync(apps[db]);
        await victim.AskAsync();

        var list = await intruder.Agent.GetAsync($"/api/v1/questions?organisation={victim.Slug}", TestContext.Current.CancellationToken);
        var team = await intruder.Admin.PostJson("/api/v1/admin/teams", new { slug = "planted", name = "Planted", kind = "backOffice", organisation = victim.Slug });
        var token = await intruder.Admin.PostJson("/api/v1/admin/tokens", new { name = "stolen", role = "administrator", organisation = victim.Slug });
        var register = await intruder.Agent.PostJson("/api/v1/questions", new
        {
            channel = "phone",
            name = "X",
            phone = "+32 2 000 00 00",
            language = "fr",
            subject = "S",
            body = "B",
            organisation = victim.Slug,
        });
        var rootToken = await intruder.Admin.PostJson("/api/v1/admin/tokens", new { name = "root", role = "installation-administrator" });

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, team.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, register.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, rootToken.StatusCode);
        var teams = await victim.Admin.GetJson("/api/v1/admin/teams");
        Assert.DoesNotContain(teams.AsArray(), t => t!["slug"]!.GetValue<string>() == "planted");
        Assert.Equal(1, (await victim.Agent.GetJson("/api/v1/questions"))["total"]!.GetValue<int>());
        var organisations = await intruder.Admin.GetJson("/api/v1/admin/organisations");
        Assert.Equal(intruder.Slug, Assert.Single(organisations.AsArray())!["slug"]!.GetValue<string>());
    }

    [Theory, BothDatabases]
    public async Task The_installation_administrator_works_in_the_organisation_it_names(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var root = apps[db].Client(PortaFactory.BootstrapToken);

        var registered = await (await root.PostJson("/api/v1/questions", new
        {
            channel = "fax",
            name = "Kim Proef",
            email = TestOrganisation.UniqueEmail(),
            language = "nl",
            subject = "Fax",
            body = "B",
            organisation = org.Slug,
        })).Expect(HttpStatusCode.Created);
        var withoutOrganisation = await root.GetJson("/api/v1/questions", HttpStatusCode.BadRequest);

        Assert.Equal(1, (await org.Agent.GetJson("/api/v1/questions"))["total"]!.GetValue<int>());
        Assert.NotNull(withoutOrganisation["errors"]!["organisation"]);
        Assert.Equal("fax", (await root.GetJson($"/api/v1/questions/{registered["registrationNumber"]}?organisation={org.Slug}"))["channel"]!.GetValue<string>());
    }

    private static async Task<string> StripTrace(HttpResponseMessage response)
    {
        var body = await response.Read();
        body.AsObject().Remove("traceId");
        return body.ToJsonString();
    }
}
