using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Porta.Tests.Infrastructure;

namespace Porta.BrowserTests.Workspace;

public sealed class AgentJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_agent_takes_answers_and_closes_a_question_and_the_person_sees_the_answer()
    {
        var org = await TestOrganisation.CreateAsync(browser.App);
        var email = await WorkspaceSession.CreateAgentAsync(org, "Camille Accueil");
        var asked = await org.AskAsync(subject: "Attestation de revenus");
        var number = asked["registrationNumber"]!.GetValue<string>();
        var page = await browser.NewPageAsync();

        await page.SignInAsync(email);
        await page.ClickAsync("a:has-text('Unassigned')");
        var queued = await DeadlineAsync(page.Locator($"tr:has(a:has-text('{number}')) .porta-deadline"));
        await page.ClickAsync($"a:has-text('{number}')");
        Assert.Equal("Attestation de revenus", (await page.InnerTextAsync("h1")).Trim());
        Assert.Equal("On time", queued.State); // a new question, days from its deadline
        Assert.True(queued.LeftSaid);
        Assert.Equal(queued, await DeadlineAsync(page.Locator(".porta-facts .porta-deadline"))); // the file says what the queue said
        await page.ClickAsync("button:has-text('Take this question')");
        Assert.Equal("You have taken the question.", (await page.InnerTextAsync("[role=status]")).Trim());
        await page.FillAsync("#reply-body", "Vous trouverez l'attestation dans votre espace personnel.");
        await page.ClickAsync("button:has-text('Send the reply')");
        Assert.Equal("The reply is sent.", (await page.InnerTextAsync("[role=status]")).Trim());
        await page.ClickAsync("button:has-text('Close the question')");
        Assert.Equal("The question is closed.", (await page.InnerTextAsync("[role=status]")).Trim());

        var followed = await org.Public.GetJson($"/api/v1/public/questions/{number}?token={Uri.EscapeDataString(asked["trackingToken"]!.GetValue<string>())}");
        Assert.Equal("closed", followed["status"]!.GetValue<string>());
        Assert.Contains(followed["messages"]!.AsArray(), m => m!["body"]!.GetValue<string>() == "Vous trouverez l'attestation dans votre espace personnel.");
        var file = await org.Agent.GetJson($"/api/v1/questions/{number}");
        Assert.Equal("Camille Accueil", file["assignee"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_frequent_actions_are_reached_with_the_keyboard_alone()
    {
        var org = await TestOrganisation.CreateAsync(browser.App);
        var email = await WorkspaceSession.CreateAgentAsync(org, "Jens Onthaal");
        var number = (await org.AskAsync())["registrationNumber"]!.GetValue<string>();
        var page = await browser.NewPageAsync();
        await page.SignInAsync(email);
        await page.GotoAsync($"/workspace/en/questions/{number}");

        await page.Keyboard.PressAsync("Alt+Shift+T");
        Assert.Equal("Take this question", (await page.EvaluateAsync<string>("document.activeElement.textContent")).Trim());
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**done=taken");

        await page.Keyboard.PressAsync("Alt+Shift+N");
        Assert.Equal("note-body", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("Vérifié par téléphone.");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**done=noted");

        await page.Keyboard.PressAsync("Alt+Shift+R");
        Assert.Equal("reply-body", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("Merci, c'est réglé.");
        await page.Keyboard.PressAsync("Tab"); // the "waiting for the person" box
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**done=replied");

        await page.Keyboard.PressAsync("Alt+Shift+S");
        Assert.Equal("q", await page.EvaluateAsync<string>("document.activeElement.id"));
        var file = await org.Agent.GetJson($"/api/v1/questions/{number}");
        Assert.Equal("answered", file["status"]!.GetValue<string>());
        Assert.Equal("Jens Onthaal", file["assignee"]!.GetValue<string>());
        Assert.Contains(file["messages"]!.AsArray(), m => m!["direction"]!.GetValue<string>() == "note" && m["body"]!.GetValue<string>() == "Vérifié par téléphone.");
    }

    [Fact]
    public async Task Live_counters_follow_the_queues_and_a_phone_call_is_registered_by_the_agent()
    {
        var org = await TestOrganisation.CreateAsync(browser.App);
        var email = await WorkspaceSession.CreateAgentAsync(org, "Kim Proef");
        var page = await browser.NewPageAsync();
        await page.SignInAsync(email);
        Assert.Equal("0", (await page.InnerTextAsync("[data-queue-count=unassigned]")).Trim());

        await page.ClickAsync("a:has-text('Register a question')");
        await page.SelectOptionAsync("#channel", "Phone");
        await page.FillAsync("#name", "Robin Essai");
        await page.FillAsync("#phone", "+32 2 000 00 99");
        await page.FillAsync("#subject", "Question par téléphone");
        await page.FillAsync("#body", "La personne demande où en est son dossier.");
        await page.ClickAsync("button:has-text('Register the question')");
        Assert.Contains("is registered", await page.InnerTextAsync("[role=status]"), StringComparison.Ordinal);

        var counts = await page.EvaluateAsync<System.Text.Json.JsonElement>("fetch('/api/v1/questions/queues').then(r => r.json())");
        Assert.Equal(1, counts.GetProperty("unassigned").GetInt32());
        await page.GotoAsync("/workspace/en/queues/unassigned");
        Assert.Equal("1", (await page.InnerTextAsync("[data-queue-count=unassigned]")).Trim());
        Assert.Contains("Robin Essai", await page.InnerTextAsync("table"), StringComparison.Ordinal);
    }

    /// <summary>A deadline as shown: its state in words, its date, and whether the working time left is said
    /// (its minutes run on between two pages, so only its form is compared).</summary>
    private static async Task<(string State, string DueAt, bool LeftSaid)> DeadlineAsync(ILocator deadline) => (
        (await deadline.Locator(".porta-deadline__state").InnerTextAsync()).Trim(),
        (await deadline.Locator("time").InnerTextAsync()).Trim(),
        Regex.IsMatch(await deadline.Locator(".porta-deadline__left").InnerTextAsync(), @"^\d+ h \d{2} min of working time left$"));
}
