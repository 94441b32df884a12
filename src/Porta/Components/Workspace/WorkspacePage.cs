using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Porta.Infrastructure;
using Porta.Questions;

namespace Porta.Components.Workspace;

/// <summary>
/// What every signed-in workspace page does first: enter the agent's organisation from their session (the same
/// <see cref="OrganisationScope"/> the API uses), then load. Rule violations from the use cases become messages
/// next to the form; a question of another organisation answers 404 like one that does not exist.
/// </summary>
[Layout(typeof(WorkspaceLayout))]
public abstract class WorkspacePage : ComponentBase
{
    [Parameter] public string Lang { get; set; } = "";
    [CascadingParameter] public HttpContext HttpContext { get; set; } = null!;
    [Inject] internal OrganisationScope Scope { get; set; } = null!;
    [Inject] internal IStringLocalizer<WorkspaceTexts> T { get; set; } = null!;
    [Inject] internal NavigationManager Navigation { get; set; } = null!;

    protected bool IsNotFound { get; private set; }
    /// <summary>The agent's organisation, entered before <see cref="LoadAsync"/>.</summary>
    protected Guid OrganisationId { get; private set; }
    /// <summary>Messages by form field ("" for the form as a whole), shown next to the field and summarised on top.</summary>
    protected Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);
    internal Actor Actor => Actor.Of(HttpContext.User);
    protected CancellationToken Aborted => HttpContext.RequestAborted;

    protected sealed override async Task OnInitializedAsync()
    {
        if (!Language.IsSupported(Lang))
        {
            NotFound();
            return;
        }
        OrganisationId = await Scope.EnterAsync(null, Aborted);
        try
        {
            await LoadAsync();
        }
        catch (NotFoundException)
        {
            NotFound();
        }
    }

    protected abstract Task LoadAsync();

    protected void NotFound()
    {
        IsNotFound = true;
        HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    protected string PathTo(string page = "") => WorkspaceModule.Path(Lang, page);

    /// <summary>Runs a use case; what it refuses is shown on the page instead of an error page. The page is
    /// then answered 400 or 409, so scripts and tests see that nothing was done.</summary>
    internal async Task<bool> TryAsync(Func<Task> action)
    {
        try
        {
            await action();
            return true;
        }
        catch (FieldException e)
        {
            var text = T["Error_" + e.Field];
            Errors[e.Field] = text.ResourceNotFound ? e.Message : text.Value;
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (Exception e) when (e is ConflictException or InvalidTransitionException)
        {
            Errors[""] = T["Error_NotNow"] + " " + e.Message;
            HttpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        }
        return false;
    }

    /// <summary>Refuses an empty required field before calling anything.</summary>
    protected bool Require(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Errors[field] = T["Error_Required"];
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return false;
        }
        return true;
    }

    protected string? ErrorOf(string field) => Errors.GetValueOrDefault(field);

    /// <summary>Post, then redirect to a page that says what was done, so reloading never posts twice.</summary>
    protected void Done(string page, string done) => Navigation.NavigateTo(PathTo(page) + "?done=" + Uri.EscapeDataString(done));
}
