using System.Net;
using System.Text;
using Porta.Tests.Infrastructure;

namespace Porta.Tests.Questions;

/// <summary>Bad input gets a clear answer naming the field, and changes nothing.</summary>
public sealed class BadInputTests(TestApps apps)
{
    public static TheoryData<Db, string, string> InvalidQuestions()
    {
        var cases = new (string Body, string Field)[]
        {
            ("""{"name":"A","email":"not-an-address","language":"fr","subject":"S","body":"B"}""", "email"),
            ("""{"email":"a@example.test","language":"fr","subject":"S","body":"B"}""", "name"),
            ("""{"name":"A","email":"a@example.test","language":"xx","subject":"S","body":"B"}""", "language"),
            ("""{"name":"A","email":"a@example.test","language":"fr","body":"B"}""", "subject"),
            ("""{"name":"A","email":"a@example.test","language":"fr","subject":"S","body":""}""", "body"),
            ("""{"name":"A","email":"a@example.test","language":"fr","subject":"S","body":"B","category":"nope"}""", "category"),
            ("""{"name":"A","email":"a@example.test","language":"fr","subject":"S","body":"B",""", "body"),
            ("""{"name":["A"],"email":"a@example.test","language":"fr","subject":"S","body":"B"}""", "name"),
        };
        var data = new TheoryData<Db, string, string>();
        foreach (var db in new[] { Db.Sqlite, Db.Postgres })
        {
            foreach (var (body, field) in cases)
            {
                data.Add(db, body, field);
            }
        }
        return data;
    }

    [Theory, MemberData(nameof(InvalidQuestions))]
    public async Task An_invalid_question_is_refused_naming_the_field_and_nothing_is_stored(Db db, string json, string field)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);

        var response = await org.Public.PostAsync($"/api/v1/public/{org.Slug}/questions",
            new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        var problem = await response.Expect(HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = problem["errors"]!.AsObject();
        Assert.Contains(field, errors.Select(e => e.Key));
        Assert.Equal(0, (await org.Agent.GetJson("/api/v1/questions"))["total"]!.GetValue<int>());
    }

    [Theory, BothDatabases]
    public async Task An_unknown_organisation_is_not_found(Db db)
    {
        var response = await apps[db].Client().PostJson("/api/v1/public/no-such-organisation/questions",
            new { name = "A", email = "a@example.test", language = "fr", subject = "S", body = "B" });

        var problem = await response.Expect(HttpStatusCode.NotFound);
        Assert.Equal(404, problem["status"]!.GetValue<int>());
    }

    [Theory, BothDatabases]
    public async Task A_body_over_the_limit_is_refused_with_413_and_nothing_is_stored(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var huge = new string('x', 2 * 1024 * 1024);

        var json = System.Text.Json.JsonSerializer.Serialize(new { name = "A", email = "a@example.test", language = "fr", subject = "S", body = huge });

        var response = await org.Public.PostAsync($"/api/v1/public/{org.Slug}/questions",
            new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        var problem = await response.Expect(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(413, problem["status"]!.GetValue<int>());
        Assert.Equal(0, (await org.Agent.GetJson("/api/v1/questions"))["total"]!.GetValue<int>());
    }

    [Theory, BothDatabases]
    public async Task Server_set_fields_in_a_body_are_ignored(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var response = await org.Public.PostJson($"/api/v1/public/{org.Slug}/questions", new
        {
            name = "A",
            email = TestOrganisation.UniqueEmail(),
            language = "fr",
            subject = "S",
            body = "B",
            registrationNumber = "123-4567-89002",
            status = "closed",
            trackingToken = "chosen",
            answerDueAt = "2000-01-01T00:00:00Z",
        });

        var created = await response.Expect(HttpStatusCode.Created);
        Assert.NotEqual("123-4567-89002", created["registrationNumber"]!.GetValue<string>());
        Assert.NotEqual("chosen", created["trackingToken"]!.GetValue<string>());
        Assert.Equal("new", created["status"]!.GetValue<string>());
        Assert.True(created["answerDueAt"]!.GetValue<DateTimeOffset>().Year > 2000);
    }

    [Theory, BothDatabases]
    public async Task Errors_reveal_no_stack_trace_sql_or_path(Db db)
    {
        var org = await TestOrganisation.CreateAsync(apps[db]);
        var response = await org.Public.PostAsync($"/api/v1/public/{org.Slug}/questions",
            new StringContent("{\"name\": \"A\", \"email\": 5}", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        foreach (var leak in new[] { "   at ", "Exception", "/work/", "SELECT", "Npgsql", "Sqlite" })
        {
            Assert.DoesNotContain(leak, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
