using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Porta.Administration;
using Porta.Infrastructure;

namespace Porta.Components.Workspace;

/// <summary>
/// The session of a signed-in agent carries their organisation, as an API token does, so
/// <see cref="OrganisationScope"/> enters it the same way for pages and for API calls made with the session.
/// The timeline names the agent by their display name, not their e-mail address.
/// </summary>
internal sealed class AgentClaims(UserManager<Agent> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Agent, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Agent user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ApiTokenAuthentication.OrganisationClaim, user.OrganisationId.ToString()));
        if (identity.FindFirst(identity.NameClaimType) is { } name)
        {
            identity.RemoveClaim(name);
        }
        identity.AddClaim(new Claim(identity.NameClaimType, user.DisplayName));
        return identity;
    }
}
