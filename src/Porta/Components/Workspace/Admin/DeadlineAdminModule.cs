using System.Text;
using Microsoft.Extensions.Localization;
using Porta.Deadlines;
using Porta.Infrastructure;

namespace Porta.Components.Workspace.Admin;

/// <summary>What the calendar administration serves besides its pages: the .ics download with the workspace session
/// (the API's own export wants a bearer token, which a browser link cannot send).</summary>
internal static class DeadlineAdminModule
{
    /// <summary>A year of closure days is a few kilobytes; the bound keeps a wrong file from being read at all.</summary>
    public const int MaxIcsBytes = 256 * 1024;

    /// <summary>The calendar page's request limit: the file and the form's few fields.</summary>
    public const int MaxCalendarRequestBytes = MaxIcsBytes + (16 * 1024);

    public static string IcsPath(string language) => WorkspaceModule.Path(language, "admin/calendar.ics");

    public static IEndpointRouteBuilder MapDeadlineAdmin(this IEndpointRouteBuilder routes)
    {
        // This year and the next, as the API's export; each day's summary in the language of the page it was linked from.
        routes.MapGet($"{WorkspaceModule.Root}/{{lang}}/admin/calendar.ics", async (OrganisationScope scope, EditCalendar edit, OrganisationCalendars calendars,
            IStringLocalizer<DeadlineAdminTexts> texts, TimeProvider time, CancellationToken cancellationToken) =>
        {
            await scope.EnterAsync(null, cancellationToken);
            var now = time.GetUtcNow();
            var ics = CalendarIcs.Export(calendars.For(await edit.ReadAsync(cancellationToken)), now.Year, now.Year + 1, now, (reason, _) => texts["Reason_" + reason]);
            return TypedResults.File(Encoding.UTF8.GetBytes(ics), "text/calendar", "calendar.ics");
        }).RequireAuthorization(Policies.Administrator).ExcludeFromDescription();
        return routes;
    }
}
