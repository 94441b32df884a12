using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Porta.Infrastructure;

namespace Porta.Administration;

public sealed record OrganisationRequest(
    [Required, StringLength(64)] string Slug,
    [Required] Dictionary<string, string> Names,
    [Required] List<string> Languages);

public sealed record OrganisationNamesRequest(
    [Required] Dictionary<string, string> Names,
    [Required] List<string> Languages);

public sealed record OrganisationContactRequest(
    [StringLength(254)] string? ContactEmail,
    Dictionary<string, string>? PhoneNumbers,
    Dictionary<string, string>? PostalAddress,
    [StringLength(7)] string? BrandColour,
    [StringLength(500)] string? LogoUrl);

internal sealed record OrganisationContactResponse(string Slug, string? ContactEmail, Dictionary<string, string> PhoneNumbers,
    Dictionary<string, string> PostalAddress, string? BrandColour, string? LogoUrl)
{
    public static OrganisationContactResponse Of(Organisation o) => new(o.Slug, o.ContactEmail, o.PhoneNumbers, o.PostalAddress, o.BrandColour, o.LogoUrl);
}

internal sealed record OrganisationResponse(Guid Id, string Slug, Dictionary<string, string> Names, List<string> Languages);

public sealed record TokenRequest(
    [Required, StringLength(200)] string Name,
    [Required, StringLength(40)] string Role,
    [StringLength(64)] string? Organisation);

public sealed record TeamRequest(
    [Required, StringLength(64)] string Slug,
    [Required, StringLength(200, MinimumLength = 1)] string Name,
    TeamKind Kind,
    [StringLength(2)] string? Language,
    [StringLength(64)] string? Organisation);

internal sealed record TeamResponse(string Slug, string Name, TeamKind Kind, string? Language);

public sealed record CategoryRequest(
    [Required, StringLength(64)] string Slug,
    [Required] Dictionary<string, string> Names,
    [StringLength(64)] string? DefaultTeam,
    [StringLength(64)] string? Organisation);

internal sealed record CategoryResponse(string Slug, Dictionary<string, string> Names, string? DefaultTeam);

public sealed record AgentRequest(
    [StringLength(64)] string? Organisation,
    [Required, EmailAddress, StringLength(254)] string Email,
    [Required, StringLength(200, MinimumLength = 1)] string Name,
    [Required] List<string> Roles,
    List<string>? Teams,
    [StringLength(128)] string? Password,
    [StringLength(2)] string? Language);

/// <summary>Administration through the API; the admin pages call the same use cases.</summary>
internal static class AdministrationApi
{
    public static RouteGroupBuilder MapAdministrationApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/admin").WithTags("Administration").RequireAuthorization(Policies.Administrator);

        group.MapPost("/organisations", async (OrganisationRequest request, CreateOrganisation create, CancellationToken cancellationToken) =>
        {
            var o = await create.HandleAsync(new CreateOrganisationCommand(request.Slug, request.Names, request.Languages), cancellationToken);
            return TypedResults.Created($"/api/v1/admin/organisations/{o.Slug}", new OrganisationResponse(o.Id, o.Slug, o.Names, o.Languages));
        }).RequireAuthorization(Policies.InstallationAdministrator);

        group.MapGet("/organisations", async (PortaDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        {
            var bound = OrganisationScope.BoundOrganisation(user);
            var organisations = await db.Organisations.AsNoTracking().Where(o => bound == null || o.Id == bound)
                .OrderBy(o => o.Slug).ToListAsync(cancellationToken);
            return organisations.Select(o => new OrganisationResponse(o.Id, o.Slug, o.Names, o.Languages));
        });

        group.MapPut("/organisations/{slug}", async (string slug, OrganisationNamesRequest request, OrganisationScope scope, RenameOrganisation rename, CancellationToken cancellationToken) =>
        {
            await scope.EnterAsync(slug, cancellationToken);
            var o = await rename.HandleAsync(new RenameOrganisationCommand(request.Names, request.Languages), cancellationToken);
            return TypedResults.Ok(new OrganisationResponse(o.Id, o.Slug, o.Names, o.Languages));
        }).WithSummary("Change an organisation's names and languages");

        group.MapGet("/organisations/{slug}/contact", async (string slug, OrganisationScope scope, PortaDbContext db, CancellationToken cancellationToken) =>
        {
            await scope.EnterAsync(slug, cancellationToken);
            return OrganisationContactResponse.Of(await db.Organisations.AsNoTracking().SingleAsync(o => o.Slug == slug, cancellationToken));
        }).WithSummary("How people reach an organisation, and its look");

        group.MapPut("/organisations/{slug}/contact", async (string slug, OrganisationContactRequest request, OrganisationScope scope, DescribeOrganisation describe, CancellationToken cancellationToken) =>
        {
            await scope.EnterAsync(slug, cancellationToken);
            var o = await describe.HandleAsync(new DescribeOrganisationCommand(request.ContactEmail, request.PhoneNumbers, request.PostalAddress, request.BrandColour, request.LogoUrl), cancellationToken);
            return OrganisationContactResponse.Of(o);
        }).WithSummary("Set how people reach an organisation (e-mail, phone line and postal address per language) and its brand colour and logo");

        group.MapPost("/tokens", async (TokenRequest request, ClaimsPrincipal user, OrganisationScope scope, IssueApiToken issue, CancellationToken cancellationToken) =>
        {
            Guid? organisationId = null;
            if (request.Role != Roles.InstallationAdministrator || request.Organisation is not null)
            {
                organisationId = await scope.EnterAsync(request.Organisation, cancellationToken);
            }
            else if (!user.IsInRole(Roles.InstallationAdministrator))
            {
                throw new FieldException("role", "Only the installation administrator issues that role.");
            }
            var issued = await issue.HandleAsync(request.Name, request.Role, organisationId, request.Organisation, cancellationToken);
            return TypedResults.Created($"/api/v1/admin/tokens/{issued.Id}", issued);
        });

        group.MapDelete("/tokens/{id:guid}", async (Guid id, ClaimsPrincipal user, RevokeApiToken revoke, CancellationToken cancellationToken) =>
        {
            await revoke.HandleAsync(id, OrganisationScope.BoundOrganisation(user), cancellationToken);
            return TypedResults.NoContent();
        }).WithSummary("Revoke a token: it authenticates nothing from then on");

        group.MapPost("/teams", async (TeamRequest request, OrganisationScope scope, CreateTeam create, CancellationToken cancellationToken) =>
        {
            await scope.EnterAsync(request.Organisation, cancellationToken);
            var t = await create.HandleAsync(new CreateTeamCommand(request.Slug, request.Name, request.Kind, request.Language), cancellationToken);
            return TypedResults.Created($"/api/v1/admin/teams/{t.Slug}", new TeamResponse(t.Slug, t.Name, t.Kind, t.Language));
        });

        group.MapGet("/teams", async (string? organisation, OrganisationScope scope, PortaDbContext db, CancellationToken cancellationToken) =>
        {
            await scope.EnterAsync(organisation, cancellationToken);
            return await db.Teams.AsNoTracking().OrderBy(t => t.Slug)
                .Select(t => new TeamResponse(t.Slug, t.Name, t.Kind, t.Language)).ToListAsync(cancellationToken);
        });

        group.MapPost("/categories", async (CategoryRequest request, OrganisationScope scope, CreateCategory create, CancellationToken cancellationToken) =>
        {
            await scope.EnterAsync(request.Organisation, cancellationToken);
            var c = await create.HandleAsync(new CreateCategoryCommand(request.Slug, request.Names, request.DefaultTeam), cancellationToken);
            return TypedResults.Created($"/api/v1/admin/categories/{c.Slug}", new CategoryResponse(c.Slug, c.Names, request.DefaultTeam));
        });

        group.MapGet("/categories", async (string? organisation, OrganisationScope scope, PortaDbContext db, CancellationToken cancellationToken) =>
        {
            await scope.EnterAsync(organisation, cancellationToken);
            var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Slug).ToListAsync(cancellationToken);
            var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Slug, cancellationToken);
            return categories.Select(c => new CategoryResponse(c.Slug, c.Names, c.DefaultTeamId is { } id ? teams[id] : null));
        });

        group.MapPost("/agents", async (AgentRequest request, OrganisationScope scope, CreateAgent create, CancellationToken cancellationToken) =>
        {
            await scope.EnterAsync(request.Organisation, cancellationToken);
            var agent = await create.HandleAsync(new CreateAgentCommand(request.Email, request.Name, request.Roles, request.Teams, request.Password, request.Language), cancellationToken);
            return TypedResults.Created($"/api/v1/admin/agents/{agent.Id}", agent);
        });

        return group;
    }
}
