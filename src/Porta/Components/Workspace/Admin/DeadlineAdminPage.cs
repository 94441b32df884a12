using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Porta.Deadlines;
using Porta.Infrastructure;

namespace Porta.Components.Workspace.Admin;

/// <summary>
/// What the calendar and SLA policy pages share: their own texts, and the use cases' refusals turned into
/// translated messages next to the field they name (the use cases' own messages are English, for the API).
/// </summary>
public abstract class DeadlineAdminPage : WorkspacePage
{
    [Inject] internal IStringLocalizer<DeadlineAdminTexts> D { get; set; } = null!;
    [SupplyParameterFromQuery(Name = "done")] protected string? DoneWhat { get; set; }

    /// <summary>Runs a use case; a refused field is shown next to the form field <paramref name="fieldOf"/> names
    /// for it (the same name by default), a conflict on top of the form.</summary>
    internal async Task<bool> AttemptAsync(Func<Task> action, Func<string, string>? fieldOf = null)
    {
        try
        {
            await action();
            return true;
        }
        catch (FieldException e)
        {
            Refuse(fieldOf?.Invoke(e.Field) ?? e.Field, "Error_" + e.Field);
        }
        catch (InvalidCalendarSettingsException e)
        {
            foreach (var key in e.Errors.Keys)
            {
                var field = fieldOf?.Invoke(key) ?? key;
                Refuse(field, "Error_" + FieldName(key));
            }
        }
        catch (ConflictException)
        {
            Errors[""] = D["Error_conflict"];
            HttpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        }
        return false;
    }

    /// <summary>Shows the translated message <paramref name="textKey"/> next to <paramref name="field"/>; the page answers 400.</summary>
    protected void Refuse(string field, string textKey)
    {
        var text = D[textKey];
        Errors.TryAdd(field, text.ResourceNotFound ? D["Error_invalid"] : text.Value);
        HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
    }

    /// <summary>"openingHours[2].day" names the field "openingHours".</summary>
    private static string FieldName(string key) => key.Split('[', '.')[0];
}
