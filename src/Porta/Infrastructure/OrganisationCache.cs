using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Porta.Administration;

namespace Porta.Infrastructure;

/// <summary>
/// Organisations as last read, by slug and by id. Every public request names its organisation by slug, and
/// registering a question needs its names and calendar: reading them each time was a third of a question's
/// database round trips. A change saved through a <see cref="PortaDbContext"/> of this process empties the
/// cache at once; a change made by another node (or by a bulk update) is seen within <see cref="Lifetime"/>.
/// The cached objects are shared by concurrent requests: they are read, never changed.
/// </summary>
internal sealed class OrganisationCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, Entry> bySlug = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Guid, Entry> byId = new();
    /// <summary>Bumped by every change, so a read that raced with a change does not put back what it read.</summary>
    private long generation;

    public async ValueTask<Organisation?> BySlugAsync(PortaDbContext db, string slug, CancellationToken cancellationToken)
    {
        if (bySlug.TryGetValue(slug, out var entry) && entry.IsFresh)
        {
            return entry.Organisation;
        }
        var seen = Interlocked.Read(ref generation);
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, cancellationToken);
        Remember(organisation, seen);
        return organisation;
    }

    public async ValueTask<Organisation> ByIdAsync(PortaDbContext db, Guid id, CancellationToken cancellationToken)
    {
        if (byId.TryGetValue(id, out var entry) && entry.IsFresh)
        {
            return entry.Organisation;
        }
        var seen = Interlocked.Read(ref generation);
        var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == id, cancellationToken);
        Remember(organisation, seen);
        return organisation;
    }

    /// <summary>Called after an organisation was added, changed or removed.</summary>
    public void Forget()
    {
        Interlocked.Increment(ref generation);
        bySlug.Clear();
        byId.Clear();
    }

    private void Remember(Organisation? organisation, long seen)
    {
        if (organisation is null || Interlocked.Read(ref generation) != seen)
        {
            return;
        }
        var entry = new Entry(organisation, Environment.TickCount64 + (long)Lifetime.TotalMilliseconds);
        bySlug[organisation.Slug] = entry;
        byId[organisation.Id] = entry;
    }

    private sealed record Entry(Organisation Organisation, long ExpiresAt)
    {
        public bool IsFresh => Environment.TickCount64 < ExpiresAt;
    }
}
