using System.Collections.Concurrent;
using Porta.Infrastructure;

namespace Porta.Deadlines;

/// <summary>
/// Turns an organisation's stored <see cref="CalendarSettings"/> into a <see cref="WorkingCalendar"/>
/// once, not on every deadline: building one resolves the time zone and lays out holiday years.
/// Keyed by the settings' JSON, so an edited calendar takes effect on the next call, on every node.
/// </summary>
internal sealed class OrganisationCalendars(OrganisationCache organisations)
{
    /// <summary>Few organisations, rarely edited; the bound only stops a stream of edits from growing it.</summary>
    private const int MaxCached = 512;

    private readonly ConcurrentDictionary<string, WorkingCalendar> _calendars = new(StringComparer.Ordinal);

    public WorkingCalendar For(CalendarSettings settings)
    {
        var key = settings.ToJson();
        if (_calendars.TryGetValue(key, out var calendar))
        {
            return calendar;
        }
        if (_calendars.Count >= MaxCached)
        {
            _calendars.Clear();
        }
        return _calendars.GetOrAdd(key, _ => WorkingCalendar.Create(settings));
    }

    /// <summary>The calendar of the organisation the context is scoped to (or any, for the installation administrator).</summary>
    public async Task<WorkingCalendar> ForOrganisationAsync(PortaDbContext db, Guid organisationId, CancellationToken cancellationToken) =>
        For((await organisations.ByIdAsync(db, organisationId, cancellationToken)).Calendar);
}
