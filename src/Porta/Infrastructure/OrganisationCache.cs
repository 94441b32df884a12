using Microsoft.EntityFrameworkCore;
using Porta.Administration;

namespace Porta.Infrastructure;

/// <summary>
/// Organisations as last read, by slug and by id. Every public request names its organisation by slug, and
/// registering a question needs its names and calendar: reading them each time was a third of a question's
/// database round trips. Emptied by a save that changes an organisation (<see cref="PortaDbContext"/>).
/// </summary>
internal sealed class OrganisationCache
{
    private readonly ExpiringCache<string, Organisation> bySlug = new(StringComparer.Ordinal);
    private readonly ExpiringCache<Guid, Organisation> byId = new();

    public ValueTask<Organisation?> BySlugAsync(PortaDbContext db, string slug, CancellationToken cancellationToken) =>
        bySlug.GetOrLoadAsync(slug, db, static (db, slug, ct) => db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, ct),
            cancellationToken);

    public async ValueTask<Organisation> ByIdAsync(PortaDbContext db, Guid id, CancellationToken cancellationToken) =>
        await byId.GetOrLoadAsync(id, db, static (db, id, ct) => db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct),
            cancellationToken)
        ?? throw new InvalidOperationException($"There is no organisation {id}.");

    /// <summary>Called after an organisation was added, changed or removed.</summary>
    public void Forget()
    {
        bySlug.Clear();
        byId.Clear();
    }
}
