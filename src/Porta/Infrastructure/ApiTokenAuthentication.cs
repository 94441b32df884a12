using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Porta.Administration;

namespace Porta.Infrastructure;

/// <summary>Bearer tokens of the API: looked up by hash, bound to one organisation (or none for the
/// installation administrator) and one role.</summary>
internal sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, PortaDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    public const string OrganisationClaim = "porta:organisation";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var secret = header["Bearer ".Length..].Trim();
        if (secret.Length is 0 or > 200)
        {
            return AuthenticateResult.Fail("Malformed token.");
        }
        var hash = ApiToken.HashOf(secret);
        var token = await db.ApiTokens.AsNoTracking()
            .Where(t => t.Hash == hash && t.RevokedAt == null)
            .Select(t => new { t.Id, t.Name, t.Role, t.OrganisationId })
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (token is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked token.");
        }
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, token.Id.ToString()),
            new(ClaimTypes.Name, token.Name),
            new(ClaimTypes.Role, token.Role),
        ];
        if (token.OrganisationId is { } organisationId)
        {
            claims.Add(new Claim(OrganisationClaim, organisationId.ToString()));
        }
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
