using Microsoft.AspNetCore.Identity;
using Porta.Infrastructure;

namespace Porta.Administration;

/// <summary>A person who works in the front or back office of one organisation.</summary>
internal sealed class Agent : IdentityUser<Guid>, ITenantOwned
{
    public Agent() => Id = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }
    public required string DisplayName { get; set; }
    public string Language { get; set; } = "fr";
    public List<AgentTeam> Teams { get; init; } = [];
}

internal sealed class AgentTeam
{
    public Guid AgentId { get; init; }
    public Guid TeamId { get; init; }
}

/// <summary>The roles an agent or an API token can hold.</summary>
internal static class Roles
{
    public const string Agent = "agent";
    public const string BackOffice = "backoffice";
    public const string Coordinator = "coordinator";
    public const string Administrator = "administrator";
    /// <summary>The installation administrator: bound to no organisation, names one per request.</summary>
    public const string InstallationAdministrator = "installation-administrator";

    public static readonly IReadOnlyList<string> OfAgents = [Agent, BackOffice, Coordinator, Administrator];
}
