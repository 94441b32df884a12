using System.Security.Claims;
using Porta.Administration;

namespace Porta.Infrastructure;

/// <summary>
/// Decides which organisation an authenticated call acts for. An organisation-bound token or session
/// always acts for its own; only the installation administrator, bound to none, names one by slug.
/// A slug that is unknown, or another organisation's slug under a bound token, answers 404.
/// </summary>
internal sealed class OrganisationScope(PortaDbContext db, Tenant tenant, OrganisationCache organisations, IHttpContextAccessor http)
{
    public async Task<Guid> EnterAsync(string? organisationSlug, CancellationToken cancellationToken)
    {
        var user = http.HttpContext?.User ?? throw new InvalidOperationException("No request.");
        if (BoundOrganisation(user) is { } bound)
        {
            if (organisationSlug is not null && !await SlugIsAsync(bound, organisationSlug, cancellationToken))
            {
                throw new NotFoundException("The organisation");
            }
            tenant.Enter(bound);
            return bound;
        }
        if (!user.IsInRole(Roles.InstallationAdministrator))
        {
            throw new NotFoundException("The organisation");
        }
        if (string.IsNullOrWhiteSpace(organisationSlug))
        {
            throw new FieldException("organisation", "Name the organisation (its slug): this token is bound to none.");
        }
        var id = (await organisations.BySlugAsync(db, organisationSlug, cancellationToken))?.Id
            ?? throw new NotFoundException("The organisation");
        tenant.Enter(id);
        return id;
    }

    /// <summary>Enters the organisation of a public call, named by its slug in the URL.</summary>
    public async Task<Organisation> EnterPublicAsync(string slug, CancellationToken cancellationToken)
    {
        var organisation = await organisations.BySlugAsync(db, slug, cancellationToken)
            ?? throw new NotFoundException("The organisation");
        tenant.Enter(organisation.Id);
        return organisation;
    }

    public static Guid? BoundOrganisation(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ApiTokenAuthentication.OrganisationClaim), out var id) ? id : null;

    private async Task<bool> SlugIsAsync(Guid id, string slug, CancellationToken cancellationToken) =>
        (await organisations.BySlugAsync(db, slug, cancellationToken))?.Id == id;
}
