using Microsoft.EntityFrameworkCore;
using Porta.Administration;
using Porta.Infrastructure;

namespace Porta.Components.Portal;

/// <summary>The organisation a portal request is about, read once per request for the layout and the page.
/// Organisations are not tenant-owned: naming one by its slug only shows what it publishes (names, contact,
/// hours); its questions are reached only with a question's proof.</summary>
internal sealed class PortalSite(PortaDbContext db)
{
    private readonly Dictionary<string, Organisation?> loaded = new(StringComparer.Ordinal);

    public async Task<Organisation?> FindAsync(string? slug, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(slug))
        {
            return null;
        }
        if (!loaded.TryGetValue(slug, out var organisation))
        {
            organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, cancellationToken);
            loaded[slug] = organisation;
        }
        return organisation;
    }
}
