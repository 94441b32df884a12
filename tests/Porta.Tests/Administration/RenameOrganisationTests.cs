using System.Net;
using System.Net.Http.Json;
using Porta.Tests.Infrastructure;

namespace Porta.Tests.Administration;

/// <summary>An organisation's names and languages, <c>PUT /api/v1/admin/organisations/{slug}</c>.</summary>
public sealed class RenameOrganisationTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task The_names_and_languages_change_and_the_slug_stays(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);

        var renamed = await (await Put(org.Admin, $"/api/v1/admin/organisations/{org.Slug}", new
        {
            names = new Dictionary<string, string> { ["fr"] = "Service renommé", ["de"] = "Umbenannter Dienst" },
            languages = new[] { "fr", "de" },
        })).Expect(HttpStatusCode.OK);

        Assert.Equal(org.Slug, renamed["slug"]!.GetValue<string>());
        Assert.Equal("Umbenannter Dienst", renamed["names"]!["de"]!.GetValue<string>());
        var listed = (await org.Admin.GetJson("/api/v1/admin/organisations")).AsArray().Single();
        Assert.Equal(["fr", "de"], listed!["languages"]!.AsArray().Select(l => l!.GetValue<string>()));
    }

    [Theory, BothDatabases]
    public async Task Bad_languages_and_another_organisation_are_refused_and_nothing_changes(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var other = await TestOrganisation.CreateAsync(apps[db]);
        var names = new Dictionary<string, string> { ["fr"] = "Pris" };

        var badLanguages = await (await Put(org.Admin, $"/api/v1/admin/organisations/{org.Slug}", new { names, languages = new[] { "fr", "xx" } }))
            .Expect(HttpStatusCode.BadRequest);
        var noName = await (await Put(org.Admin, $"/api/v1/admin/organisations/{org.Slug}", new { names = new Dictionary<string, string>(), languages = new[] { "fr" } }))
            .Expect(HttpStatusCode.BadRequest);
        await (await Put(org.Admin, $"/api/v1/admin/organisations/{other.Slug}", new { names, languages = new[] { "fr" } })).Expect(HttpStatusCode.NotFound);
        await (await Put(org.Agent, $"/api/v1/admin/organisations/{org.Slug}", new { names, languages = new[] { "fr" } })).Expect(HttpStatusCode.Forbidden);

        Assert.NotNull(badLanguages["errors"]!["languages"]);
        Assert.NotNull(noName["errors"]!["names"]);
        var theirs = (await other.Admin.GetJson("/api/v1/admin/organisations")).AsArray().Single();
        Assert.Equal("Service de test " + other.Slug, theirs!["names"]!["fr"]!.GetValue<string>());
    }

    private static Task<HttpResponseMessage> Put(HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body, Api.Json, TestContext.Current.CancellationToken);
}
