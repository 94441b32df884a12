using System.Net;
using Porta.Tests.Infrastructure;

namespace Porta.Tests.Administration;

public sealed class AuthenticationTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task The_agent_api_needs_a_valid_token(Db db)
    {
        var app = apps[db];
        var none = await app.Client().GetAsync("/api/v1/questions", TestContext.Current.CancellationToken);
        var unknown = await app.Client("porta_not-a-real-token").GetAsync("/api/v1/questions", TestContext.Current.CancellationToken);
        var garbage = await app.Client(new string('x', 500)).GetAsync("/api/v1/questions", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
        Assert.Null(none.Headers.Location);
    }

    [Theory, BothDatabases]
    public async Task An_agent_token_cannot_administer(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);

        var team = await org.Agent.PostJson("/api/v1/admin/teams", new { slug = "x", name = "X", kind = "backOffice" });
        var token = await org.Agent.PostJson("/api/v1/admin/tokens", new { name = "escalate", role = "administrator" });
        var organisation = await org.Admin.PostJson("/api/v1/admin/organisations",
            new { slug = "new-org", names = new Dictionary<string, string> { ["fr"] = "N" }, languages = new[] { "fr" } });

        Assert.Equal(HttpStatusCode.Forbidden, team.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, organisation.StatusCode);
    }

    [Theory, BothDatabases]
    public async Task A_token_is_shown_once_and_never_again(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var issued = await (await org.Admin.PostJson("/api/v1/admin/tokens", new { name = "integration", role = "agent" })).Expect(HttpStatusCode.Created);
        var secret = issued["token"]!.GetValue<string>();

        var organisations = await org.Admin.GetAsync("/api/v1/admin/organisations", TestContext.Current.CancellationToken);
        var text = await organisations.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.StartsWith("porta_", secret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await apps[db].Client(secret).GetAsync("/api/v1/questions", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task Agents_are_created_with_roles_and_an_invitation_when_no_password_is_given(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var email = TestOrganisation.UniqueEmail();

        var invited = await (await org.Admin.PostJson("/api/v1/admin/agents", new { email, name = "Sacha Fictif", roles = new[] { "agent" }, teams = new[] { "front-fr" } }))
            .Expect(HttpStatusCode.Created);
        var duplicate = await (await org.Admin.PostJson("/api/v1/admin/agents", new { email, name = "Twice", roles = new[] { "agent" } })).Expect(HttpStatusCode.BadRequest);
        var badRole = await (await org.Admin.PostJson("/api/v1/admin/agents", new { email = TestOrganisation.UniqueEmail(), name = "R", roles = new[] { "god" } })).Expect(HttpStatusCode.BadRequest);
        var weak = await (await org.Admin.PostJson("/api/v1/admin/agents", new { email = TestOrganisation.UniqueEmail(), name = "W", roles = new[] { "agent" }, password = "short" })).Expect(HttpStatusCode.BadRequest);

        Assert.True(invited["invited"]!.GetValue<bool>());
        Assert.NotNull(duplicate["errors"]!["email"]);
        Assert.NotNull(badRole["errors"]!["roles"]);
        Assert.NotNull(weak["errors"]!["password"]);
        var mail = Assert.Single(await MailCatcher.WaitForAsync(email));
        Assert.Contains("https://porta.example.test/workspace/fr/set-password?agent=", mail.TextBody, StringComparison.Ordinal);
    }
}
