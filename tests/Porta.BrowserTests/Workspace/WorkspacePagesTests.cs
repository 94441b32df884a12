namespace Porta.BrowserTests.Workspace;

/// <summary>Every workspace and administration page, with the fictional demo organisation, meets WCAG 2.1 AA.</summary>
public sealed class WorkspacePagesTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("fr", "Mes questions")]
    [InlineData("nl", "Mijn vragen")]
    [InlineData("de", "Meine Fragen")]
    [InlineData("en", "My questions")]
    public async Task The_queues_speak_the_language_of_their_url_and_meet_wcag_aa(string language, string heading)
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(WorkspaceSession.DemoAdministrator, WorkspaceSession.DemoPassword, language);

        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(heading, (await page.InnerTextAsync("h1")).Trim());
        foreach (var queue in new[] { "mine", "team", "unassigned", "at-risk", "overdue", "waiting" })
        {
            await page.GotoAsync($"/workspace/{language}/queues/{queue}");
            await page.AssertNoViolationsAsync();
        }
    }

    [Fact]
    public async Task The_sign_in_pages_meet_wcag_aa()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/workspace/fr");
        Assert.Contains("/workspace/fr/sign-in", page.Url, StringComparison.Ordinal);
        await page.AssertNoViolationsAsync();
        await page.GotoAsync("/workspace/de/set-password?agent=x&token=y");
        await page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_question_search_and_registration_pages_meet_wcag_aa()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(WorkspaceSession.DemoAdministrator, WorkspaceSession.DemoPassword);
        await page.GotoAsync("/workspace/en/queues/team");
        await page.GotoAsync("/workspace/en/queues/unassigned");
        await page.ScreenshotAsync("workspace-queue");

        await page.ClickAsync("tbody a");
        await page.AssertNoViolationsAsync();
        await page.ClickAsync("button:has-text('Send the reply')"); // empty: the error is shown next to the field
        Assert.Equal("true", await page.GetAttributeAsync("#reply-body", "aria-invalid"));
        await page.AssertNoViolationsAsync();
        await page.GotoAsync(page.Url.Split('?')[0]);
        await page.ScreenshotAsync("workspace-question");

        await page.FillAsync("#q", "example.test");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=*");
        Assert.Contains("Search", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.True(await page.Locator("tbody tr").CountAsync() > 0);
        await page.AssertNoViolationsAsync();

        await page.GotoAsync("/workspace/en/questions/new");
        await page.AssertNoViolationsAsync();
        await page.ClickAsync("button:has-text('Register the question')");
        Assert.Equal("true", await page.GetAttributeAsync("#subject", "aria-invalid"));
        await page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_administration_pages_meet_wcag_aa_and_are_for_administrators_only()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(WorkspaceSession.DemoAdministrator, WorkspaceSession.DemoPassword);
        foreach (var admin in new[] { "admin", "admin/teams", "admin/categories", "admin/tokens", "admin/agents" })
        {
            var response = await page.GotoAsync($"/workspace/en/{admin}");
            Assert.Equal(200, response!.Status);
            await page.AssertNoViolationsAsync();
        }
        await page.ScreenshotAsync("admin-agents");

        var agent = await browser.NewPageAsync();
        await agent.SignInAsync("camille@demo.porta.test", WorkspaceSession.DemoPassword);
        var refused = await agent.GotoAsync("/workspace/en/admin/agents");
        Assert.Equal(403, refused!.Status);
        Assert.DoesNotContain("admin@demo.porta.test", await agent.ContentAsync(), StringComparison.Ordinal);
    }

    /// <summary>A refused slug is explained in the administrator's language, next to the field, with what they typed.</summary>
    [Fact]
    public async Task A_refused_team_slug_is_explained_in_french_and_kept()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(WorkspaceSession.DemoAdministrator, WorkspaceSession.DemoPassword, "fr");
        await page.GotoAsync("/workspace/fr/admin/teams");

        await page.FillAsync("#name", "Accueil Bruxelles");
        await page.FillAsync("#slug", "Accueil Bruxelles!");
        await page.Locator("form", new() { Has = page.Locator("#slug") }).Locator("button[type=submit]").ClickAsync();

        Assert.Equal("true", await page.GetAttributeAsync("#slug", "aria-invalid"));
        Assert.Contains("lettres minuscules", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Equal("Accueil Bruxelles!", await page.InputValueAsync("#slug"));
        await page.AssertNoViolationsAsync();
    }
}
