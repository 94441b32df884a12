using Porta.Tests.Infrastructure;

namespace Porta.BrowserTests.Workspace;

/// <summary>An administrator sets how people reach the organisation and its colour, and sees them on the portal.</summary>
public sealed class OrganisationAdminPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_pale_colour_is_refused_next_to_its_field_then_the_contact_details_reach_the_portal()
    {
        var org = await TestOrganisation.CreateAsync(browser.App);
        var email = await WorkspaceSession.CreateAgentAsync(org, "Dominique Beheer", "agent", "administrator");
        var page = await browser.NewPageAsync();
        await page.SignInAsync(email, language: "fr");
        await page.GotoAsync("/workspace/fr/admin");

        await page.FillAsync("#contact-email", "accueil@service.example");
        await page.FillAsync("#phone-fr", "+32 2 000 33 44");
        await page.FillAsync("#address-fr", "Rue Imaginaire 5\n1000 Bruxelles");
        await page.FillAsync("#brand-colour", "#ffee00");
        await page.ClickAsync("form[aria-labelledby=contact-title] button[type=submit]");

        Assert.Equal("true", await page.GetAttributeAsync("#brand-colour", "aria-invalid"));
        Assert.Contains("assez foncée", await page.InnerTextAsync("#brand-colour-error"), StringComparison.Ordinal);
        Assert.Equal("+32 2 000 33 44", await page.InputValueAsync("#phone-fr")); // what was typed stays
        await page.AssertNoViolationsAsync();
        Assert.Null((await org.Admin.GetJson($"/api/v1/admin/organisations/{org.Slug}/contact"))["contactEmail"]);

        await page.FillAsync("#brand-colour", "#1f3a5c");
        await page.ClickAsync("form[aria-labelledby=contact-title] button[type=submit]");
        Assert.NotNull(await page.WaitForSelectorAsync("[role=status]"));

        var portal = await browser.NewPageAsync();
        await portal.GotoAsync($"/fr/{org.Slug}");
        var contact = await portal.InnerTextAsync("main");
        Assert.Contains("+32 2 000 33 44", contact, StringComparison.Ordinal);
        Assert.Contains("accueil@service.example", contact, StringComparison.Ordinal);
        Assert.Contains("Rue Imaginaire 5", contact, StringComparison.Ordinal);
    }
}
