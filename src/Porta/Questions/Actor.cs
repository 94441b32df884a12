using System.Security.Claims;
using Porta.Infrastructure;

namespace Porta.Questions;

/// <summary>Who did something, as the timeline shows it: an agent, an API client, the person, or Porta.</summary>
internal sealed record Actor(Guid? AgentId, string Name)
{
    public static readonly Actor Person = new(null, "person");
    public static readonly Actor System = new(null, "system");

    /// <summary>A signed-in agent is named and linked; an API token is named after the token.</summary>
    public static Actor Of(ClaimsPrincipal user)
    {
        var name = user.Identity?.Name ?? "unknown";
        if (user.Identity?.AuthenticationType == ApiTokenAuthentication.SchemeName)
        {
            return new Actor(null, $"api:{name}");
        }
        return Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? new Actor(id, name) : new Actor(null, name);
    }
}
