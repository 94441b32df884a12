using Microsoft.Playwright;
using Porta.Tests.Infrastructure;

namespace Porta.BrowserTests.Workspace;

public sealed class WorkspaceSecurityTests(BrowserFixture browser)
{
    /// <summary>Every form of the workspace, as its page posts it, less the antiforgery token.</summary>
    private static readonly (string Page, string Handler, Dictionary<string, string> Fields)[] Forms =
    [
        ("questions/{n}", "take", []),
        ("questions/{n}", "close", []),
        ("questions/{n}", "reply", new() { ["ReplyInput.Body"] = "Forged reply" }),
        ("questions/{n}", "note", new() { ["NoteInput"] = "Forged note" }),
        ("questions/{n}", "assign", new() { ["AssignTo"] = "{agent}" }),
        ("questions/{n}", "transfer", new() { ["TransferInput.Team"] = "experts" }),
        ("questions/{n}", "category", new() { ["CategoryInput"] = "allowances" }),
        ("questions/{n}", "delay", new() { ["DelayInput.Reason"] = "Forged", ["DelayInput.NewDueAt"] = "2027-01-04T16:00" }),
        ("questions/new", "register", new() { ["Input.Channel"] = "Phone", ["Input.Name"] = "Forged", ["Input.Phone"] = "+32 2 000 00 00", ["Input.Subject"] = "Forged", ["Input.Body"] = "Forged", ["Input.Language"] = "fr" }),
        ("account", "totp-on", new() { ["Code"] = "123456" }),
        ("admin", "organisation", new() { ["Input.Names[fr]"] = "Forged", ["Input.Offered[fr]"] = "true" }),
        ("admin/teams", "team", new() { ["Input.Name"] = "Forged", ["Input.Slug"] = "forged", ["Input.Kind"] = "BackOffice" }),
        ("admin/agents", "agent", new() { ["Input.Name"] = "Forged", ["Input.Email"] = "forged@example.test", ["Input.Roles[administrator]"] = "true" }),
        ("admin/categories", "category", new() { ["Input.Slug"] = "forged", ["Input.Names[fr]"] = "Forged" }),
        ("admin/tokens", "issue", new() { ["Input.Name"] = "forged", ["Input.Role"] = "administrator" }),
        ("admin/tokens", "revoke", new() { ["RevokeId"] = "{token}" }),
        ("sign-out", "", []),
    ];

    [Fact]
    public async Task Every_workspace_form_refuses_a_post_without_its_antiforgery_token_and_changes_nothing()
    {
        var org = await TestOrganisation.CreateAsync(browser.App);
        var email = await WorkspaceSession.CreateAgentAsync(org, "Dominique Beheer", "agent", "administrator");
        var number = (await org.AskAsync())["registrationNumber"]!.GetValue<string>();
        var tokenId = (await (await org.Admin.PostJson("/api/v1/admin/tokens", new { name = "kept", role = "agent" })).Expect(System.Net.HttpStatusCode.Created))["id"]!.ToString();
        var page = await browser.NewPageAsync();
        await page.SignInAsync(email);
        var before = await StateAsync(org, number);

        foreach (var (path, handler, fields) in Forms)
        {
            var form = page.APIRequest.CreateFormData();
            if (handler.Length > 0)
            {
                form.Set("_handler", handler);
            }
            foreach (var (name, value) in fields)
            {
                form.Set(name, value.Replace("{agent}", email, StringComparison.Ordinal).Replace("{token}", tokenId, StringComparison.Ordinal));
            }
            var response = await page.APIRequest.PostAsync($"/workspace/en/{path.Replace("{n}", number, StringComparison.Ordinal)}",
                new APIRequestContextOptions { Form = form, MaxRedirects = 0 });
            Assert.True(response.Status == 400, $"{path} ({handler}) answered {response.Status} without an antiforgery token");
        }

        Assert.Equal(before, await StateAsync(org, number));
        // Still signed in (sign-out was refused too), and the same post with the page's token is accepted.
        await page.GotoAsync($"/workspace/en/questions/{number}");
        await page.ClickAsync("button:has-text('Close the question')");
        Assert.Equal("closed", (await org.Agent.GetJson($"/api/v1/questions/{number}"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_agent_cannot_open_another_organisations_question_by_its_address()
    {
        var mine = await TestOrganisation.CreateAsync(browser.App);
        var theirs = await TestOrganisation.CreateAsync(browser.App);
        var email = await WorkspaceSession.CreateAgentAsync(mine, "Lotte Muster");
        var number = (await theirs.AskAsync(subject: "Secret d'une autre administration"))["registrationNumber"]!.GetValue<string>();
        var page = await browser.NewPageAsync();
        await page.SignInAsync(email);

        var response = await page.GotoAsync($"/workspace/en/questions/{number}");
        var unknown = await page.GotoAsync("/workspace/en/questions/000-0000-00097");

        Assert.Equal(404, response!.Status);
        Assert.Equal(404, unknown!.Status);
        await page.GotoAsync($"/workspace/en/questions/{number}");
        Assert.DoesNotContain("Secret d'une autre administration", await page.ContentAsync(), StringComparison.Ordinal);
        await page.GotoAsync($"/workspace/en/search?q={number}");
        Assert.Equal(0, await page.Locator("tbody tr").CountAsync());
    }

    /// <summary>What a forged post could have changed: the question's file and the organisation's settings
    /// (less the working time left, which runs on by itself).</summary>
    private static async Task<string> StateAsync(TestOrganisation org, string number) => System.Text.RegularExpressions.Regex.Replace(string.Join("\n",
        (await org.Agent.GetJson($"/api/v1/questions/{number}")).ToJsonString(),
        (await org.Admin.GetJson("/api/v1/admin/teams")).ToJsonString(),
        (await org.Admin.GetJson("/api/v1/admin/categories")).ToJsonString(),
        (await org.Admin.GetJson("/api/v1/admin/organisations")).ToJsonString(),
        (await org.Agent.GetJson("/api/v1/questions")).ToJsonString()), "\"workingMinutesLeft\":-?[0-9]+", "");
}
