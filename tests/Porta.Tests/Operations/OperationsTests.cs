using System.Net;
using Microsoft.EntityFrameworkCore;
using Porta.Infrastructure;
using Porta.Tests.Infrastructure;

namespace Porta.Tests.Operations;

public sealed class OperationsTests(TestApps apps)
{
    [Theory, BothDatabases]
    public async Task Health_says_live_and_ready_once_migrated(Db db)
    {
        var client = apps[db].Client();
        var live = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);
        var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Neither_database_has_model_changes_without_a_migration()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(sqlite.Database.HasPendingModelChanges(), "Add a SQLite migration: dotnet ef migrations add X --context SqlitePortaDbContext");
        Assert.False(postgres.Database.HasPendingModelChanges(), "Add a PostgreSQL migration: dotnet ef migrations add X --context PostgresPortaDbContext");
    }

    [Fact]
    public async Task The_api_is_described_by_openapi_with_a_browsable_reference()
    {
        var client = apps[Db.Sqlite].Client();
        var document = await client.GetJson("/openapi/v1.json");
        var reference = await client.GetAsync("/scalar/v1", TestContext.Current.CancellationToken);

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        foreach (var path in new[] { "/api/v1/public/{organisation}/questions", "/api/v1/public/questions/{registrationNumber}", "/api/v1/questions", "/api/v1/questions/{registrationNumber}/replies", "/api/v1/admin/agents" })
        {
            Assert.Contains(path, paths);
        }
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }

    [Fact]
    public async Task Metrics_count_questions_for_prometheus()
    {
        var org = await TestOrganisation.CreateAsync(apps[Db.Sqlite]);
        await org.AskAsync();

        var metrics = await Eventually.GetAsync(
            async () => System.Text.Json.Nodes.JsonValue.Create(await org.Public.GetStringAsync("/metrics", TestContext.Current.CancellationToken)),
            m => m.GetValue<string>().Contains("porta_questions_registered", StringComparison.Ordinal));

        Assert.Contains("http_server_request_duration", metrics.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_carry_the_security_headers()
    {
        var response = await apps[Db.Sqlite].Client().GetAsync("/health/live", TestContext.Current.CancellationToken);

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
