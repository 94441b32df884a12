using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Porta.Administration;
using Porta.Infrastructure;
using Porta.Questions;

namespace Porta.Components.Workspace;

/// <summary>The agents' workspace: its services and the few endpoints that are no page.</summary>
internal static class WorkspaceModule
{
    public const string Root = "/workspace";

    public static IServiceCollection AddWorkspace(this IServiceCollection services) =>
        services.AddScoped<IUserClaimsPrincipalFactory<Agent>, AgentClaims>()
            .ConfigureApplicationCookie(o => o.AccessDeniedPath = $"{Root}/forbidden");

    public static IEndpointRouteBuilder MapWorkspace(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(Root, () => TypedResults.LocalRedirect($"{Root}/{Language.French}")).ExcludeFromDescription();

        // The cookie's sign-in path has no language: send the agent on in the language of where they were going.
        routes.MapGet($"{Root}/sign-in", (string? returnUrl) =>
        {
            var language = RequestLanguage.LanguageOf(returnUrl) ?? Language.French;
            var query = IsLocal(returnUrl) ? "?returnUrl=" + Uri.EscapeDataString(returnUrl!) : "";
            return TypedResults.LocalRedirect($"{Root}/{language}/sign-in{query}");
        }).ExcludeFromDescription();

        routes.MapGet($"{Root}/forbidden", (string? returnUrl) =>
            TypedResults.LocalRedirect($"{Root}/{RequestLanguage.LanguageOf(returnUrl) ?? Language.French}/forbidden")).ExcludeFromDescription();

        // A plain form post: its antiforgery token is checked here, since no form binding would check it.
        routes.MapPost($"{Root}/{{lang}}/sign-out", async Task<IResult> (string lang, HttpContext context, IAntiforgery antiforgery, SignInManager<Agent> signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return TypedResults.BadRequest();
            }
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect($"{Root}/{(Language.IsSupported(lang) ? lang : Language.French)}/sign-in");
        }).DisableAntiforgery().ExcludeFromDescription();
        return routes;
    }

    /// <summary>Only a path of this site: never "//elsewhere" or "/\elsewhere", which browsers read as another host.</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    /// <summary>A page's address in the workspace, in the given language.</summary>
    public static string Path(string language, string page = "") => $"{Root}/{language}" + (page.Length == 0 ? "" : "/" + page);
}
