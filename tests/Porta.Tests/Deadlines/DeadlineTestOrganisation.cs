using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Porta.Tests.Infrastructure;

namespace Porta.Tests.Deadlines;

/// <summary>What the deadline tests add to a <see cref="TestOrganisation"/>: a clock, categories with their
/// policies, agents with an address, questions registered by an agent.</summary>
internal static class DeadlineTestOrganisation
{
    /// <summary>Monday 9 March 2026, 10:00 in Brussels.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 3, 9, 10, 0, 0, TimeSpan.FromHours(1));

    public static FakeTimeProvider MondayMorning() => new(Monday.ToUniversalTime());

    public static async Task AddCategoryAsync(this TestOrganisation org, string slug, int amount, string unit)
    {
        await (await org.Admin.PostJson("/api/v1/admin/categories", new
        {
            slug,
            names = new Dictionary<string, string> { ["fr"] = slug, ["nl"] = slug },
        })).Expect(HttpStatusCode.Created);
        await (await org.Admin.PostJson("/api/v1/admin/sla-policies", new { measure = "firstAnswer", amount, unit, category = slug }))
            .Expect(HttpStatusCode.Created);
    }

    /// <summary>An agent of a team, with an address reminders reach.</summary>
    public static async Task<string> AddAgentAsync(this TestOrganisation org, string team, string language = "fr")
    {
        var email = $"agent-{Guid.NewGuid():N}@example.test";
        await (await org.Admin.PostJson("/api/v1/admin/agents", new
        {
            email,
            name = "Agent " + team,
            roles = new[] { "agent" },
            teams = new[] { team },
            password = "Correct-Horse-Battery-2026",
            language,
        })).Expect(HttpStatusCode.Created);
        return email;
    }

    /// <summary>Registers through the agents' API; returns the 201 body.</summary>
    public static async Task<JsonNode> RegisterAsync(this TestOrganisation org, string channel = "web", string? category = null,
        DateTimeOffset? receivedAt = null, string? email = null, string language = "fr") =>
        await (await org.Agent.PostJson("/api/v1/questions", new
        {
            channel,
            name = "Sacha Fictif",
            email = email ?? TestOrganisation.UniqueEmail(),
            language,
            subject = "Question " + channel,
            body = "Bonjour",
            category,
            receivedAt,
        })).Expect(HttpStatusCode.Created);

    public static string Number(this JsonNode registered) => registered["registrationNumber"]!.GetValue<string>();

    public static DateTimeOffset Instant(this JsonNode node, string field) => node[field]!.GetValue<DateTimeOffset>();
}
