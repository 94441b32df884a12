namespace Porta.BrowserTests.Portal;

public sealed class PortalPagesTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("fr", "Service public fédéral Démo")]
    [InlineData("nl", "Federale Overheidsdienst Demo")]
    [InlineData("de", "Föderaler Öffentlicher Dienst Demo")]
    [InlineData("en", "Federal Public Service Demo")]
    public async Task The_home_page_speaks_the_language_of_its_url_and_meets_wcag_aa(string language, string name)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/demo/{language}");

        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(name, await page.InnerTextAsync("h1"));
        await page.AssertNoViolationsAsync();
    }
}
