using System.Net;

namespace Porta.Tests.Infrastructure;

/// <summary>A fresh organisation for one test, made through the administration API with the bootstrap token:
/// a French and a Dutch front office, a back office of experts, a category, an administrator's and an
/// agent's token.</summary>
public sealed record TestOrganisation(PortaFactory App, string Slug, string AdminToken, string AgentToken)
{
    public HttpClient Agent => App.Client(AgentToken);
    public HttpClient Admin => App.Client(AdminToken);
    public HttpClient Public => App.Client();

    public static async Task<TestOrganisation> CreateAsync(PortaFactory app)
    {
        var slug = "org-" + Guid.NewGuid().ToString("N")[..12];
        var root = app.Client(PortaFactory.BootstrapToken);
        await (await root.PostJson("/api/v1/admin/organisations", new
        {
            slug,
            names = new Dictionary<string, string> { ["fr"] = "Service de test " + slug, ["nl"] = "Testdienst " + slug },
            languages = new[] { "fr", "nl", "de", "en" },
        })).Expect(HttpStatusCode.Created);
        var admin = (await (await root.PostJson("/api/v1/admin/tokens", new { name = "admin", role = "administrator", organisation = slug }))
            .Expect(HttpStatusCode.Created))["token"]!.GetValue<string>();
        var adminClient = app.Client(admin);
        foreach (var (team, kind, language) in new[] { ("front-fr", "frontOffice", "fr"), ("front-nl", "frontOffice", "nl"), ("experts", "backOffice", (string?)null) })
        {
            await (await adminClient.PostJson("/api/v1/admin/teams", new { slug = team, name = "Team " + team, kind, language })).Expect(HttpStatusCode.Created);
        }
        await (await adminClient.PostJson("/api/v1/admin/categories", new
        {
            slug = "allowances",
            names = new Dictionary<string, string> { ["fr"] = "Allocations", ["nl"] = "Toelagen" },
            defaultTeam = "experts",
        })).Expect(HttpStatusCode.Created);
        var agent = (await (await adminClient.PostJson("/api/v1/admin/tokens", new { name = "agent", role = "agent" }))
            .Expect(HttpStatusCode.Created))["token"]!.GetValue<string>();
        return new TestOrganisation(app, slug, admin, agent);
    }

    /// <summary>A citizen's question through the public web form; returns the 201 body.</summary>
    public async Task<System.Text.Json.Nodes.JsonNode> AskAsync(string? email = null, string language = "fr", string subject = "Ma question", string body = "Bonjour, j'ai une question.") =>
        await (await Public.PostJson($"/api/v1/public/{Slug}/questions", new
        {
            name = "Camille Exemple",
            email = email ?? UniqueEmail(),
            language,
            subject,
            body,
        })).Expect(HttpStatusCode.Created);

    public static string UniqueEmail() => $"person-{Guid.NewGuid():N}@example.test";
}
