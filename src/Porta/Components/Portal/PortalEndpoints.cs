using Microsoft.EntityFrameworkCore;
using Porta.Infrastructure;
using Porta.Questions;

namespace Porta.Components.Portal;

/// <summary>What the portal serves besides its pages: the way in without a language, and each organisation's
/// stylesheet of design tokens.</summary>
internal static class PortalEndpoints
{
    public static IServiceCollection AddPortal(this IServiceCollection services) => services.AddScoped<PortalSite>();

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder routes)
    {
        // "/" leads to the only organisation's home, or to the list of organisations, in the browser's language.
        routes.MapGet("/", async (HttpContext http, PortaDbContext db, CancellationToken cancellationToken) =>
        {
            var organisations = await db.Organisations.AsNoTracking().Take(2).ToListAsync(cancellationToken);
            var acceptLanguage = http.Request.GetTypedHeaders().AcceptLanguage;
            http.Response.Headers.Vary = "Accept-Language";
            return organisations is [var only]
                ? Results.Redirect($"/{PreferredLanguage.Choose(acceptLanguage, only.Languages)}/{only.Slug}")
                : Results.Redirect($"/{PreferredLanguage.Choose(acceptLanguage, Language.All)}");
        }).ExcludeFromDescription();

        // A language code is the organisation list's page, not an organisation; the constraint keeps the two apart.
        routes.MapGet("/{organisation:regex(^(?!(fr|nl|de|en)$))}", async (string organisation, HttpContext http, PortalSite site, CancellationToken cancellationToken) =>
        {
            var found = await site.FindAsync(organisation, cancellationToken);
            http.Response.Headers.Vary = "Accept-Language";
            return found is null
                ? Results.NotFound()
                : Results.Redirect($"/{PreferredLanguage.Choose(http.Request.GetTypedHeaders().AcceptLanguage, found.Languages)}/{found.Slug}");
        }).ExcludeFromDescription();

        routes.MapGet("/{organisation}/theme.css", async (string organisation, HttpContext http, PortalSite site, CancellationToken cancellationToken) =>
        {
            var found = await site.FindAsync(organisation, cancellationToken);
            if (found is null)
            {
                return Results.NotFound();
            }
            // Linked with its version in the query, so it can be kept for long and still change at once.
            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Text(OrganisationTheme.Css(found), "text/css; charset=utf-8");
        }).ExcludeFromDescription();
        return routes;
    }
}
