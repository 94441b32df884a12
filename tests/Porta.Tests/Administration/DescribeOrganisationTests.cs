using System.Net;
using Porta.Tests.Infrastructure;

namespace Porta.Tests.Administration;

/// <summary>How people reach an organisation and its look, <c>PUT /api/v1/admin/organisations/{slug}/contact</c>,
/// as the portal then shows them.</summary>
public sealed class DescribeOrganisationTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task The_contact_details_and_colour_set_by_an_administrator_appear_on_the_portal(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);

        var saved = await (await org.Admin.PutJson($"/api/v1/admin/organisations/{org.Slug}/contact", new
        {
            contactEmail = "  accueil@service.example  ",
            phoneNumbers = new Dictionary<string, string> { ["fr"] = "+32 2 000 11 22", ["nl"] = " " },
            postalAddress = new Dictionary<string, string> { ["fr"] = "Rue Imaginaire 1\n1000 Bruxelles" },
            brandColour = "#1F3A5C",
            logoUrl = (string?)null,
        })).Expect(HttpStatusCode.OK);

        Assert.Equal("accueil@service.example", saved["contactEmail"]!.GetValue<string>());
        Assert.Equal(["fr"], saved["phoneNumbers"]!.AsObject().Select(p => p.Key)); // a blank line is no line
        var home = WebUtility.HtmlDecode(await org.Public.GetStringAsync($"/fr/{org.Slug}", TestContext.Current.CancellationToken));
        Assert.Contains("+32 2 000 11 22", home, StringComparison.Ordinal);
        Assert.Contains("accueil@service.example", home, StringComparison.Ordinal);
        Assert.Contains("Rue Imaginaire 1", home, StringComparison.Ordinal);
        var theme = await org.Public.GetStringAsync($"/{org.Slug}/theme.css", TestContext.Current.CancellationToken);
        Assert.Contains("#1f3a5c", theme, StringComparison.Ordinal);
        var read = await org.Admin.GetJson($"/api/v1/admin/organisations/{org.Slug}/contact");
        Assert.Equal("#1f3a5c", read["brandColour"]!.GetValue<string>());
    }

    [Theory, BothDatabases]
    public async Task Bad_details_name_their_field_and_change_nothing_nor_another_organisation(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var other = await TestOrganisation.CreateAsync(apps[db]);
        var url = $"/api/v1/admin/organisations/{org.Slug}/contact";
        await (await org.Admin.PutJson(url, new { contactEmail = "ok@service.example" })).Expect(HttpStatusCode.OK);

        async Task<string> RefusedField(object body) =>
            (await (await org.Admin.PutJson(url, body)).Expect(HttpStatusCode.BadRequest))["errors"]!.AsObject().Single().Key;

        Assert.Equal("contactEmail", await RefusedField(new { contactEmail = "not an address" }));
        Assert.Equal("brandColour", await RefusedField(new { brandColour = "#ffff00" })); // white text unreadable on yellow
        Assert.Equal("logoUrl", await RefusedField(new { logoUrl = "https://elsewhere.example/logo.svg" }));
        Assert.Equal("phoneNumbers.fr", await RefusedField(new { phoneNumbers = new Dictionary<string, string> { ["fr"] = "call us <b>now</b>" } }));
        Assert.Equal("phoneNumbers", await RefusedField(new { phoneNumbers = new Dictionary<string, string> { ["xx"] = "02 000 00 00" } }));
        await (await org.Admin.PutJson($"/api/v1/admin/organisations/{other.Slug}/contact", new { contactEmail = "taken@service.example" })).Expect(HttpStatusCode.NotFound);
        await (await org.Agent.PutJson(url, new { contactEmail = "agent@service.example" })).Expect(HttpStatusCode.Forbidden);

        Assert.Equal("ok@service.example", (await org.Admin.GetJson(url))["contactEmail"]!.GetValue<string>());
        Assert.Null((await other.Admin.GetJson($"/api/v1/admin/organisations/{other.Slug}/contact"))["contactEmail"]);
    }
}
