using Porta.Tests.Infrastructure;

namespace Porta.BrowserTests.Workspace;

public sealed class SignInTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_wrong_password_is_refused_and_said_so()
    {
        var org = await TestOrganisation.CreateAsync(browser.App);
        var email = await WorkspaceSession.CreateAgentAsync(org, "Alex Sample");
        var page = await browser.NewPageAsync();

        await page.SignInAsync(email, "Not-The-Password-1");

        Assert.Contains("/workspace/en/sign-in", page.Url, StringComparison.Ordinal);
        Assert.Equal("The e-mail address or the password is wrong.", (await page.InnerTextAsync("[role=alert]")).Trim());
        Assert.Equal("true", await page.GetAttributeAsync("#password", "aria-invalid"));
        await page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        var org = await TestOrganisation.CreateAsync(browser.App);
        var email = await WorkspaceSession.CreateAgentAsync(org, "Noa Denkbeeld");
        var page = await browser.NewPageAsync();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await page.SignInAsync(email, $"Wrong-Password-{attempt}");
            Assert.Contains("password is wrong", await page.InnerTextAsync("[role=alert]"), StringComparison.Ordinal);
        }
        await page.SignInAsync(email, "Wrong-Password-5");
        Assert.Contains("locked for 15 minutes", await page.InnerTextAsync("[role=alert]"), StringComparison.Ordinal);
        await page.SignInAsync(email);

        Assert.Contains("locked for 15 minutes", await page.InnerTextAsync("[role=alert]"), StringComparison.Ordinal);
        var queues = await page.GotoAsync("/workspace/en");
        Assert.Contains("/workspace/en/sign-in", page.Url, StringComparison.Ordinal);
        Assert.NotNull(queues);
    }

    [Fact]
    public async Task An_authenticator_code_becomes_the_second_step_of_signing_in()
    {
        var org = await TestOrganisation.CreateAsync(browser.App);
        var email = await WorkspaceSession.CreateAgentAsync(org, "Jan Voorbeeld");
        var page = await browser.NewPageAsync();
        await page.SignInAsync(email);
        await page.GotoAsync("/workspace/en/account");
        await page.AssertNoViolationsAsync();
        var key = await page.InnerTextAsync("#totp-key");
        Assert.StartsWith("otpauth://totp/", await page.InnerTextAsync("#totp-uri"), StringComparison.Ordinal);

        await page.FillAsync("#code", "000000" == WorkspaceSession.TotpCode(key) ? "111111" : "000000");
        await page.ClickAsync("main form button[type=submit]");
        Assert.Contains("not right", await page.InnerTextAsync("[role=alert]"), StringComparison.Ordinal);
        await page.FillAsync("#code", WorkspaceSession.TotpCode(key));
        await page.ClickAsync("main form button[type=submit]");
        Assert.Contains("second factor is on", await page.InnerTextAsync("[role=status]"), StringComparison.Ordinal);

        await page.ClickAsync("header button[type=submit]");
        await page.SignInAsync(email);
        Assert.Contains("/workspace/en/sign-in/code", page.Url, StringComparison.Ordinal);
        await page.AssertNoViolationsAsync();
        await page.FillAsync("#code", WorkspaceSession.TotpCode(key, stepsAhead: 1));
        await page.ClickAsync("main form button[type=submit]");

        Assert.EndsWith("/workspace/en", page.Url, StringComparison.Ordinal);
        Assert.Equal("My questions", (await page.InnerTextAsync("h1")).Trim());
    }

    [Fact]
    public async Task An_invited_agent_chooses_a_password_with_the_link_from_the_mail_and_signs_in()
    {
        var org = await TestOrganisation.CreateAsync(browser.App);
        var email = TestOrganisation.UniqueEmail();
        await (await org.Admin.PostJson("/api/v1/admin/agents", new { email, name = "Sacha Fictif", roles = new[] { "agent" }, language = "nl" }))
            .Expect(System.Net.HttpStatusCode.Created);
        var mail = Assert.Single(await MailCatcher.WaitForAsync(email));
        var link = System.Text.RegularExpressions.Regex.Match(mail.TextBody ?? "", @"https://porta\.example\.test(/workspace/nl/set-password\?\S+)").Groups[1].Value;
        var page = await browser.NewPageAsync();

        await page.GotoAsync(link);
        await page.AssertNoViolationsAsync();
        await page.FillAsync("#password", "Nieuw-Wachtwoord-2026");
        await page.FillAsync("#confirm", "Nieuw-Wachtwoord-2026");
        await page.ClickAsync("main form button[type=submit]");
        Assert.Contains("/workspace/nl/sign-in", page.Url, StringComparison.Ordinal);
        await page.SignInAsync(email, "Nieuw-Wachtwoord-2026", "nl");
        Assert.EndsWith("/workspace/nl", page.Url, StringComparison.Ordinal);

        // The link worked once: used again, it is refused.
        var again = await browser.NewPageAsync();
        await again.GotoAsync(link);
        await again.FillAsync("#password", "Ander-Wachtwoord-2026");
        await again.FillAsync("#confirm", "Ander-Wachtwoord-2026");
        await again.ClickAsync("main form button[type=submit]");
        Assert.Contains("niet meer geldig", await again.InnerTextAsync("[role=alert]"), StringComparison.Ordinal);
    }
}
