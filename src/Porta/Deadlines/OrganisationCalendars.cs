using System.Runtime.CompilerServices;
using Porta.Infrastructure;

namespace Porta.Deadlines;

/// <summary>
/// Turns an organisation's stored <see cref="CalendarSettings"/> into a <see cref="WorkingCalendar"/>
/// once, not on every deadline: building one resolves the time zone and lays out holiday years.
/// Kept per settings object: the organisation cache hands every request the same one until an edit (or its
/// expiry) reads a new one, and a calendar no longer referenced goes with its settings.
/// </summary>
internal sealed class OrganisationCalendars(OrganisationCache organisations)
{
    private readonly ConditionalWeakTable<CalendarSettings, WorkingCalendar> calendars = [];

    public WorkingCalendar For(CalendarSettings settings) =>
        calendars.GetValue(settings, static s => WorkingCalendar.Create(s));

    /// <summary>The calendar of the organisation the context is scoped to (or any, for the installation administrator).</summary>
    public async Task<WorkingCalendar> ForOrganisationAsync(PortaDbContext db, Guid organisationId, CancellationToken cancellationToken) =>
        For((await organisations.ByIdAsync(db, organisationId, cancellationToken)).Calendar);
}
