using Microsoft.AspNetCore.Components;
using Porta.Administration;
using Porta.Infrastructure;
using Porta.Questions;

namespace Porta.Components.Portal;

/// <summary>
/// A page of an organisation's portal, at <c>/{lang}/{organisation}/…</c>. An unknown organisation or language is
/// a 404 page; a language the organisation does not offer leads to the same page in one it does.
/// </summary>
public abstract class PortalPage : ComponentBase
{
    [Parameter] public string Lang { get; set; } = "";
    [Parameter] public string Organisation { get; set; } = "";
    [CascadingParameter] public HttpContext HttpContext { get; set; } = null!;

    [Inject] private PortalSite Site { get; set; } = null!;
    [Inject] private protected NavigationManager Navigation { get; set; } = null!;

    private protected Organisation Org { get; private set; } = null!;

    /// <summary>False when the page answers 404 or redirects: it then renders nothing of its own.</summary>
    protected bool Found { get; private set; }

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    protected string Home => $"/{Lang}/{Org.Slug}";

    protected override async Task OnInitializedAsync()
    {
        var organisation = await Site.FindAsync(Organisation, Aborted);
        if (organisation is null || !Language.IsSupported(Lang))
        {
            Navigation.NotFound();
            return;
        }
        if (!organisation.Languages.Contains(Lang, StringComparer.Ordinal))
        {
            var language = PreferredLanguage.Choose(HttpContext.Request.GetTypedHeaders().AcceptLanguage, organisation.Languages);
            Navigation.NavigateTo(RequestLanguage.SamePageIn(Navigation.ToBaseRelativePath(Navigation.Uri), language));
            return;
        }
        Org = organisation;
        Found = true;
        await OnPortalInitializedAsync();
    }

    /// <summary>The page's own work, once the organisation is known.</summary>
    protected virtual Task OnPortalInitializedAsync() => Task.CompletedTask;

    /// <summary>Pages that show a person's question or what they typed are never kept by a browser or proxy.</summary>
    protected void NoStore() => HttpContext.Response.Headers.CacheControl = "no-store";
}
