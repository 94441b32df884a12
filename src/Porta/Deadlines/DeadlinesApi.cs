using System.ComponentModel.DataAnnotations;
using Porta.Infrastructure;
using Porta.Questions;

namespace Porta.Deadlines;

public sealed record SlaPolicyRequest(
    [Required] string? Measure,
    [Range(1, SlaDuration.MaxAmount)] int Amount,
    [Required] string? Unit,
    [StringLength(64)] string? Category,
    [StringLength(16)] string? Channel);

internal sealed record IcsImportResponse(int DaysImported, IReadOnlyList<DateOnly> ClosureDays, IReadOnlyList<string> Warnings);

/// <summary>
/// Administrators read and edit their organisation's calendar and SLA policies. The installation
/// administrator names the organisation with <c>?organisation=slug</c>; anyone else acts for their own.
/// </summary>
internal static class DeadlinesApi
{
    private const string IcsMediaType = "text/calendar";

    public static RouteGroupBuilder MapDeadlinesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/admin").WithTags("Deadlines").RequireAuthorization(Policies.Administrator)
            .AddEndpointFilter(async (context, next) =>
            {
                var named = context.HttpContext.Request.Query["organisation"].FirstOrDefault();
                await context.HttpContext.RequestServices.GetRequiredService<OrganisationScope>().EnterAsync(named, context.HttpContext.RequestAborted);
                return await next(context);
            });

        group.MapGet("/calendar", (EditCalendar edit, CancellationToken cancellationToken) => edit.ReadAsync(cancellationToken))
            .WithSummary("The working-time calendar: opening hours, time zone, holidays, closure days");

        group.MapPut("/calendar", (CalendarSettings calendar, EditCalendar edit, CancellationToken cancellationToken) => edit.SaveAsync(calendar, cancellationToken))
            .WithSummary("Replace the calendar; deadlines set from now on use it");

        group.MapGet("/calendar.ics", async (int? from, int? to, EditCalendar edit, CancellationToken cancellationToken) =>
            TypedResults.Text(await edit.ExportAsync(from, to, cancellationToken), IcsMediaType))
            .WithSummary("Holidays and closure days as iCalendar (from and to are years; this year and the next by default)");

        group.MapPut("/calendar.ics", (HttpRequest request, EditCalendar edit, CancellationToken cancellationToken) =>
            ImportAsync(request, edit, replace: true, cancellationToken))
            .WithSummary("Replace the closure days with the all-day events of an .ics file");

        group.MapPost("/calendar.ics", (HttpRequest request, EditCalendar edit, CancellationToken cancellationToken) =>
            ImportAsync(request, edit, replace: false, cancellationToken))
            .WithSummary("Add the all-day events of an .ics file to the closure days");

        group.MapGet("/sla-policies", (EditSlaPolicies edit, CancellationToken cancellationToken) => edit.ListAsync(cancellationToken))
            .WithSummary("The SLA policies: what is measured, how long, for the organisation, a category or a channel");

        group.MapPost("/sla-policies", async (SlaPolicyRequest request, EditSlaPolicies edit, CancellationToken cancellationToken) =>
        {
            var policy = await edit.AddAsync(Command(request), cancellationToken);
            return TypedResults.Created($"/api/v1/admin/sla-policies/{policy.Id}", policy);
        }).WithSummary("Add a policy");

        group.MapPut("/sla-policies/{id:guid}", (Guid id, SlaPolicyRequest request, EditSlaPolicies edit, CancellationToken cancellationToken) =>
            edit.UpdateAsync(id, Command(request), cancellationToken)).WithSummary("Change a policy");

        group.MapDelete("/sla-policies/{id:guid}", async (Guid id, EditSlaPolicies edit, CancellationToken cancellationToken) =>
        {
            await edit.DeleteAsync(id, cancellationToken);
            return TypedResults.NoContent();
        }).WithSummary("Remove a policy");

        return group;
    }

    private static async Task<IcsImportResponse> ImportAsync(HttpRequest request, EditCalendar edit, bool replace, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var imported = await edit.ImportAsync(await reader.ReadToEndAsync(cancellationToken), replace, cancellationToken);
        // In English, as every message of the API; the calendar page says them in the agent's language.
        return new IcsImportResponse(imported.DaysImported, imported.Calendar.ClosureDays, [.. imported.Warnings.Select(w => w.ToString())]);
    }

    /// <summary>Names parsed here rather than bound, so a wrong one is a 400 naming the field, in the API's camelCase.</summary>
    private static SlaPolicyCommand Command(SlaPolicyRequest request) => new(
        Parse<SlaMeasure>(request.Measure, "measure"),
        request.Amount,
        Parse<SlaUnit>(request.Unit, "unit"),
        request.Category,
        request.Channel is null ? null : Parse<Channel>(request.Channel, "channel"));

    private static T Parse<T>(string? value, string field) where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _) ? parsed
        : throw new FieldException(field, $"The {field} is one of {string.Join(", ", Enum.GetNames<T>().Select(n => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(n)))}.");
}
