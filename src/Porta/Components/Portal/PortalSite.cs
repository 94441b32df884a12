using Microsoft.EntityFrameworkCore;
using Porta.Administration;
using Porta.Infrastructure;

namespace Porta.Components.Portal;

/// <summary>The organisation a portal request is about, read once per request for the layout and the page.
/// Organisations are not tenant-owned: naming one by its slug only shows what it publishes (names, contact,
/// hours); its questions are reached only with a question's proof.</summary>
internal sealed class PortalSite(PortaDbContext db)
{
    // The task, not its result, is kept: the layout and the page start their initialisation together, and the
    // request's one DbContext must not run two queries at once.
    private readonly Dictionary<string, Task<Organisation?>> loading = new(StringComparer.Ordinal);

    public Task<Organisation?> FindAsync(string? slug, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(slug))
        {
            return Task.FromResult<Organisation?>(null);
        }
        if (!loading.TryGetValue(slug, out var organisation))
        {
            organisation = db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, cancellationToken);
            loading[slug] = organisation;
        }
        return organisation;
    }
}
