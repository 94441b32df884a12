using Microsoft.EntityFrameworkCore;
using Porta.Infrastructure;

namespace Porta.Deadlines;

/// <summary>What an .ics import did: the closure days the calendar has now, and what the file's reader left out.</summary>
internal sealed record CalendarImported(CalendarSettings Calendar, int DaysImported, IReadOnlyList<IcsNotice> Warnings);

/// <summary>
/// An administrator reads and changes the organisation's working-time calendar, and moves its closure days
/// to and from iCalendar. A change applies to deadlines set from then on; deadlines already set stay.
/// </summary>
internal sealed class EditCalendar(PortaDbContext db, Tenant tenant, OrganisationCalendars calendars, TimeProvider time)
{
    public async Task<CalendarSettings> ReadAsync(CancellationToken cancellationToken) =>
        (await OrganisationAsync(cancellationToken)).Calendar;

    /// <exception cref="InvalidCalendarSettingsException">Answered 400, each error under its field.</exception>
    public async Task<CalendarSettings> SaveAsync(CalendarSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var normalised = settings with { ClosureDays = [.. (settings.ClosureDays ?? []).Distinct().Order()] };
        var errors = normalised.Validate();
        if (errors.Count > 0)
        {
            throw new InvalidCalendarSettingsException(errors);
        }
        var organisation = await OrganisationAsync(cancellationToken);
        organisation.Calendar = normalised;
        await db.SaveChangesAsync(cancellationToken);
        return normalised;
    }

    /// <summary>The closed days of <paramref name="fromYear"/> to <paramref name="toYear"/> as an .ics file.</summary>
    public async Task<string> ExportAsync(int? fromYear, int? toYear, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var from = fromYear ?? now.Year;
        var to = toYear ?? from + 1;
        if (from is < 1900 or > 2200)
        {
            throw new FieldException("from", "The first year is between 1900 and 2200.");
        }
        if (to < from || to - from >= CalendarIcs.MaxExportYears)
        {
            throw new FieldException("to", $"The last year is from the first year to {CalendarIcs.MaxExportYears - 1} years later.");
        }
        var calendar = calendars.For(await ReadAsync(cancellationToken));
        return CalendarIcs.Export(calendar, from, to, now);
    }

    /// <summary>
    /// Reads the all-day events of an .ics file as closure days; <paramref name="replace"/> puts them in place
    /// of the present closure days, otherwise they are added. A file that cannot be read changes nothing.
    /// </summary>
    public async Task<CalendarImported> ImportAsync(string ics, bool replace, CancellationToken cancellationToken)
    {
        var result = CalendarIcs.ImportClosureDays(ics);
        if (!result.Succeeded)
        {
            throw new FieldException("file", result.Error!);
        }
        var current = await ReadAsync(cancellationToken);
        var days = replace ? result.Days : [.. current.ClosureDays, .. result.Days];
        var saved = await SaveAsync(current with { ClosureDays = days }, cancellationToken);
        return new CalendarImported(saved, result.Days.Count, result.Warnings);
    }

    private async Task<Administration.Organisation> OrganisationAsync(CancellationToken cancellationToken)
    {
        var id = tenant.OrganisationId ?? throw new InvalidOperationException("Edit a calendar within an organisation.");
        return await db.Organisations.FirstAsync(o => o.Id == id, cancellationToken);
    }
}
