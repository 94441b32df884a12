namespace Porta.BrowserTests.Portal;

/// <summary>Every page of the portal, in each of the four languages: the right language on the page, and no
/// WCAG 2.1 A or AA violation found by axe — including the pages showing errors.</summary>
public sealed class PortalPagesTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("fr", "Service public fédéral Démo", "Poser une question")]
    [InlineData("nl", "Federale Overheidsdienst Demo", "Een vraag stellen")]
    [InlineData("de", "Föderaler Öffentlicher Dienst Demo", "Eine Frage stellen")]
    [InlineData("en", "Federal Public Service Demo", "Ask a question")]
    public async Task Every_portal_page_speaks_the_language_of_its_url_and_meets_wcag_aa(string language, string name, string askTitle)
    {
        var (number, token) = await browser.AskThroughApiAsync(language);
        var page = await browser.NewPageAsync();
        var home = $"/{language}/{PortalBrowser.Organisation}";

        await page.GotoAsync(home);
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(name, await page.InnerTextAsync("h1"));
        await page.AssertNoViolationsAsync();

        await page.GotoAsync($"{home}/ask");
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(askTitle, await page.InnerTextAsync("h1"));
        await page.AssertNoViolationsAsync();

        await page.ClickAsync("button[type=submit]");
        Assert.True(await page.IsVisibleAsync("#error-summary"));
        await page.AssertNoViolationsAsync();

        await page.GotoAsync($"{home}/received/{number}?token={Uri.EscapeDataString(token)}");
        Assert.Equal(number, await page.InnerTextAsync("#registration-number"));
        await page.AssertNoViolationsAsync();

        await page.GotoAsync($"{home}/follow");
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        await page.AssertNoViolationsAsync();

        await page.ClickAsync("button[type=submit]");
        Assert.True(await page.IsVisibleAsync("#error-summary"));
        await page.AssertNoViolationsAsync();

        await page.GotoAsync($"{home}/follow/{number}?token={Uri.EscapeDataString(token)}");
        Assert.Contains(number, await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        await page.AssertNoViolationsAsync();

        var missing = await page.GotoAsync($"{home}/no-such-page");
        Assert.Equal(404, missing!.Status);
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        await page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_language_switch_keeps_the_page_and_offers_the_organisations_languages()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/fr/{PortalBrowser.Organisation}/follow?number=123-4567-89002");

        await page.ClickAsync("nav.porta-language-switch a[hreflang=nl]");
        await page.WaitForURLAsync($"**/nl/{PortalBrowser.Organisation}/follow?number=*");

        Assert.EndsWith($"/nl/{PortalBrowser.Organisation}/follow?number=123-4567-89002", page.Url, StringComparison.Ordinal);
        Assert.Equal("nl", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("123-4567-89002", await page.InputValueAsync("#follow-number"));
    }
}
