namespace Porta.Components.Portal;

/// <summary>
/// An error status without a body (an unknown page, a refused form, too many requests) is shown as a page in the
/// site's style and in the language of the address asked for (<see cref="StatusPage"/>). API calls keep their
/// ProblemDetails.
/// </summary>
internal static class StatusPages
{
    public const string Path = "/status";

    public static WebApplication UsePortaStatusPages(this WebApplication app)
    {
        // The outer one re-executes; for API calls the inner one has already written ProblemDetails, which it leaves.
        app.UseStatusCodePagesWithReExecute(Path + "/{0}", createScopeForStatusCodePages: true);
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        return app;
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
