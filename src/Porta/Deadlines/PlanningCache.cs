using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Porta.Administration;
using Porta.Infrastructure;

namespace Porta.Deadlines;

internal sealed record FrontOffice(Guid Id, string? Language);

/// <summary>What planning a new question reads of its organisation: its front-office teams and its
/// first-answer policies.</summary>
internal sealed record Planning(IReadOnlyList<FrontOffice> FrontOffices, IReadOnlyList<SlaPolicy> FirstAnswerPolicies);

/// <summary>
/// <see cref="Planning"/> per organisation, kept like <see cref="OrganisationCache"/>: every registration needs
/// it, and reading it each time was two of a question's round trips. A save in this process that adds, changes
/// or removes a team or an SLA policy empties it (<see cref="PortaDbContext"/>); another node's change is seen
/// within <see cref="OrganisationCache.Lifetime"/>.
/// </summary>
internal sealed class PlanningCache
{
    private readonly ConcurrentDictionary<Guid, Entry> entries = new();
    /// <summary>Bumped by every change, so a read that raced with a change does not put back what it read.</summary>
    private long generation;

    public async ValueTask<Planning> ForAsync(PortaDbContext db, Guid organisationId, CancellationToken cancellationToken)
    {
        if (entries.TryGetValue(organisationId, out var entry) && entry.IsFresh)
        {
            return entry.Planning;
        }
        var seen = Interlocked.Read(ref generation);
        var frontOffices = await db.Teams.AsNoTracking()
            .Where(t => t.OrganisationId == organisationId && t.Kind == TeamKind.FrontOffice)
            .Select(t => new FrontOffice(t.Id, t.Language)).ToListAsync(cancellationToken);
        var policies = await db.SlaPolicies.AsNoTracking()
            .Where(p => p.OrganisationId == organisationId && p.Measure == SlaMeasure.FirstAnswer)
            .OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var planning = new Planning(frontOffices, policies.Select(p => p.ToPolicy()).ToList());
        if (Interlocked.Read(ref generation) == seen)
        {
            entries[organisationId] = new Entry(planning, Environment.TickCount64 + (long)OrganisationCache.Lifetime.TotalMilliseconds);
        }
        return planning;
    }

    /// <summary>Called after a team or an SLA policy was added, changed or removed.</summary>
    public void Forget()
    {
        Interlocked.Increment(ref generation);
        entries.Clear();
    }

    private sealed record Entry(Planning Planning, long ExpiresAt)
    {
        public bool IsFresh => Environment.TickCount64 < ExpiresAt;
    }
}
