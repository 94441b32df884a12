using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Porta.Infrastructure;
using Porta.Tests.Infrastructure;

namespace Porta.Tests.Portal;

/// <summary>The portal as a browser reaches it, on each database: the way in by language, the question form
/// across a restart, following without giving anything away, its own stylesheet and its status pages.</summary>
public sealed class PortalTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task An_address_without_a_language_leads_to_the_browsers_language_among_the_organisations(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var client = apps[db].Client();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-BE, nl;q=0.8");

        var response = await client.GetAsync($"/{org.Slug}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/de/{org.Slug}", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/no-such-organisation", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task A_question_form_opened_before_a_restart_is_accepted_after_it(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var before = apps[db].CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var opened = await before.GetAsync($"/fr/{org.Slug}/ask", TestContext.Current.CancellationToken);
        var token = Antiforgery.TokenIn(await opened.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var cookie = string.Join("; ", opened.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        // Another instance on the same database: what a restart or a second node sees. The keys are in the database.
        await using var restarted = new PortaFactory(db, new() { ["ConnectionStrings:Porta"] = apps[db].ConnectionString });
        var after = restarted.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/fr/{org.Slug}/ask")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "ask",
                ["__RequestVerificationToken"] = token,
                ["Form.Name"] = "Camille Exemple",
                ["Form.Email"] = TestOrganisation.UniqueEmail(),
                ["Form.Language"] = "fr",
                ["Form.Subject"] = "Après un redémarrage",
                ["Form.Body"] = "J'ai écrit longtemps.",
            }),
        };
        post.Headers.Add("Cookie", cookie);

        var response = await after.SendAsync(post, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Matches($"^/fr/{org.Slug}/received/\\d{{3}}-\\d{{4}}-\\d{{5}}\\?token=", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
    }

    [Theory, BothDatabases]
    public async Task A_wrong_address_answers_exactly_like_an_unknown_number_and_nothing_followed_is_cached(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var asked = await org.AskAsync(email: "right@example.test");
        var number = asked["registrationNumber"]!.GetValue<string>();
        var token = asked["trackingToken"]!.GetValue<string>();

        var wrongAddress = await LookUpAsync(db, org.Slug, number, "wrong@example.test");
        var unknownNumber = await LookUpAsync(db, org.Slug, "000-0000-00097", "wrong@example.test");
        var byLink = await apps[db].Client().GetAsync($"/fr/{org.Slug}/follow/{number}?token={Uri.EscapeDataString(token)}", TestContext.Current.CancellationToken);
        var wrongLink = await apps[db].Client().GetAsync($"/fr/{org.Slug}/follow/{number}?token=wrong", TestContext.Current.CancellationToken);

        Assert.Equal(WithoutTokens(unknownNumber.Body).Replace("000-0000-00097", "N", StringComparison.Ordinal), WithoutTokens(wrongAddress.Body).Replace(number, "N", StringComparison.Ordinal));
        Assert.Equal(unknownNumber.Status, wrongAddress.Status);
        Assert.DoesNotContain("Ma question", wrongAddress.Body, StringComparison.Ordinal);
        Assert.Contains("Ma question", await byLink.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.DoesNotContain("Ma question", await wrongLink.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("no-store", byLink.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Contains("no-store", wrongLink.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task A_question_of_another_organisation_is_not_found_on_this_ones_portal(Db db)
    {
        var mine = await TestOrganisation.CreateAsync(apps[db]);
        var other = await TestOrganisation.CreateAsync(apps[db]);
        var asked = await other.AskAsync();
        var number = asked["registrationNumber"]!.GetValue<string>();
        var token = asked["trackingToken"]!.GetValue<string>();

        var page = await apps[db].Client().GetStringAsync($"/fr/{mine.Slug}/follow/{number}?token={Uri.EscapeDataString(token)}", TestContext.Current.CancellationToken);

        Assert.DoesNotContain("Ma question", page, StringComparison.Ordinal);
        Assert.Contains("Nous n&#x27;avons trouv&#xE9; aucune question", page, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task An_organisations_stylesheet_carries_its_brand_colour(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        await using (var scope = apps[db].Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<PortaDbContext>();
            var organisation = await context.Organisations.SingleAsync(o => o.Slug == org.Slug, TestContext.Current.CancellationToken);
            organisation.BrandColour = "#7a1f3d";
            await context.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var home = await apps[db].Client().GetStringAsync($"/nl/{org.Slug}", TestContext.Current.CancellationToken);
        var css = await apps[db].Client().GetAsync($"/{org.Slug}/theme.css", TestContext.Current.CancellationToken);

        Assert.Contains($"/{org.Slug}/theme.css?v=", home, StringComparison.Ordinal);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains("--porta-color-primary: #7a1f3d;", await css.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task An_unknown_page_is_a_404_page_in_the_language_of_its_address_and_the_api_keeps_problem_details(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var client = apps[db].Client();

        var page = await client.GetAsync($"/nl/{org.Slug}/no-such-page", TestContext.Current.CancellationToken);
        var api = await client.GetAsync("/api/v1/no-such-call", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/nl/{org.Slug}\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Theory, BothDatabases]
    public async Task Following_is_rate_limited_like_the_public_api_with_a_page_that_says_when_to_try_again(Db db)
    {
        await using var app = new PortaFactory(db, new() { ["Porta:RateLimiting:PublicPerMinute"] = "2" });
        var org = await TestOrganisation.CreateAsync(app);
        var client = app.Client();

        HttpResponseMessage response = null!;
        for (var i = 0; i < 3; i++)
        {
            response = await client.GetAsync($"/de/{org.Slug}/follow", TestContext.Current.CancellationToken);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task A_language_the_organisation_does_not_offer_leads_to_the_same_page_in_one_it_does(Db db)
    {
        var slug = "bilingual-" + Guid.NewGuid().ToString("N")[..8];
        await (await apps[db].Client(PortaFactory.BootstrapToken).PostJson("/api/v1/admin/organisations", new
        {
            slug,
            names = new Dictionary<string, string> { ["fr"] = "Service bilingue", ["nl"] = "Tweetalige dienst" },
            languages = new[] { "fr", "nl" },
        })).Expect(HttpStatusCode.Created);
        var client = apps[db].Client();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-BE");

        var response = await client.GetAsync($"/de/{slug}/follow?number=123", TestContext.Current.CancellationToken);
        var home = await client.GetStringAsync($"/nl/{slug}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/nl/{slug}/follow?number=123", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
        Assert.DoesNotContain("hreflang=\"de\"", home, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"fr\"", home, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task A_file_of_a_refused_kind_stores_nothing_and_the_form_comes_back_with_the_text(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var client = apps[db].Client();
        var form = await client.GetStringAsync($"/fr/{org.Slug}/ask", TestContext.Current.CancellationToken);
        var subject = "Avec un programme " + Guid.NewGuid().ToString("N");
        using var content = new MultipartFormDataContent
        {
            { new StringContent("ask"), "_handler" },
            { new StringContent(Antiforgery.TokenIn(form)), "__RequestVerificationToken" },
            { new StringContent("Camille Exemple"), "Form.Name" },
            { new StringContent(TestOrganisation.UniqueEmail()), "Form.Email" },
            { new StringContent("fr"), "Form.Language" },
            { new StringContent(subject), "Form.Subject" },
            { new StringContent("Voici mon texte."), "Form.Body" },
        };
        var file = new ByteArrayContent("MZ"u8.ToArray());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-msdownload");
        content.Add(file, "files", "setup.exe");

        var response = await client.PostAsync($"/fr/{org.Slug}/ask", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("id=\"ask-files-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Voici mon texte.", html, StringComparison.Ordinal);
        await using var scope = apps[db].Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<PortaDbContext>();
        Assert.False(await context.Questions.IgnoreQueryFilters().AnyAsync(q => q.Subject == subject, TestContext.Current.CancellationToken));
    }

    private async Task<(HttpStatusCode Status, string Body)> LookUpAsync(Db db, string slug, string number, string email)
    {
        var client = apps[db].Client();
        var form = await client.GetStringAsync($"/fr/{slug}/follow", TestContext.Current.CancellationToken);
        var response = await client.PostAsync($"/fr/{slug}/follow", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "follow",
            ["__RequestVerificationToken"] = Antiforgery.TokenIn(form),
            ["Lookup.Number"] = number,
            ["Lookup.Email"] = email,
        }), TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static string WithoutTokens(string html) => Antiforgery.Field().Replace(html, "");
}
