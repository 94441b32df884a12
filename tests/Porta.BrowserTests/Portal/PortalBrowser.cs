using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Porta.Infrastructure;
using Porta.Tests.Infrastructure;

namespace Porta.BrowserTests.Portal;

/// <summary>What the portal tests share: a question of the demo organisation asked through the public API, the
/// keyboard moves of a person without a mouse, and a look into the database to prove nothing was stored.</summary>
internal static class PortalBrowser
{
    public const string Organisation = "demo";

    public static async Task<(string Number, string Token)> AskThroughApiAsync(this BrowserFixture browser, string language = "fr", string subject = "Attestation pour mon employeur")
    {
        using var http = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        var created = await (await http.PostJson($"/api/v1/public/{Organisation}/questions", new
        {
            name = "Robin Exemple",
            email = TestOrganisation.UniqueEmail(),
            language,
            subject,
            body = "Bonjour, comment obtenir une attestation pour mon employeur ?",
        })).Expect(HttpStatusCode.Created);
        return (created["registrationNumber"]!.GetValue<string>(), created["trackingToken"]!.GetValue<string>());
    }

    /// <summary>Presses Tab until the element is focused, as a keyboard user would; fails if it is never reached.</summary>
    public static async Task TabToAsync(this IPage page, string selector, int maxPresses = 60)
    {
        var target = page.Locator(selector);
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }
        Assert.Fail($"{selector} was not reached with the Tab key on {page.Url}.");
    }

    public static async Task<int> QuestionsWithSubjectAsync(this BrowserFixture browser, string subject)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortaDbContext>();
        return await db.Questions.IgnoreQueryFilters().CountAsync(q => q.Subject == subject, TestContext.Current.CancellationToken);
    }

    public static async Task<List<string>> AttachmentsOfAsync(this BrowserFixture browser, string number)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortaDbContext>();
        var question = await db.Questions.IgnoreQueryFilters().SingleAsync(q => q.RegistrationNumber == number, TestContext.Current.CancellationToken);
        return await db.Attachments.IgnoreQueryFilters()
            .Where(a => db.Messages.IgnoreQueryFilters().Any(m => m.Id == a.MessageId && m.QuestionId == question.Id))
            .Select(a => a.FileName).ToListAsync(TestContext.Current.CancellationToken);
    }

}
