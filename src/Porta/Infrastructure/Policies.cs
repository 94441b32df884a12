using Porta.Administration;

namespace Porta.Infrastructure;

/// <summary>The authorisation policies; endpoints name one of these, never roles directly.</summary>
internal static class Policies
{
    public const string Agent = "agent";
    public const string Administrator = "administrator";
    public const string InstallationAdministrator = "installation-administrator";

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        options.AddPolicy(Agent, p => p.RequireAuthenticatedUser().RequireRole([.. Roles.OfAgents, Roles.InstallationAdministrator]));
        options.AddPolicy(Administrator, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator, Roles.InstallationAdministrator));
        options.AddPolicy(InstallationAdministrator, p => p.RequireAuthenticatedUser().RequireRole(Roles.InstallationAdministrator));
    }
}
