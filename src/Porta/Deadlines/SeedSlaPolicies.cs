using Microsoft.EntityFrameworkCore;
using Porta.Infrastructure;

namespace Porta.Deadlines;

/// <summary>Gives an organisation the charter's promises (<see cref="SlaDefaults"/>) it does not have yet.</summary>
internal static class SeedSlaPolicies
{
    /// <summary>
    /// Adds, to the unit of work, each default policy whose measure and scope the organisation has no
    /// policy for; a category default only once the organisation has that category. Run at creation
    /// (the organisation-wide ones) and again once categories exist (the demo does).
    /// </summary>
    public static async Task AddMissingAsync(PortaDbContext db, Guid organisationId, CancellationToken cancellationToken)
    {
        // Named explicitly: an organisation is created before anyone has entered it.
        var categories = await db.Categories.IgnoreQueryFilters().Where(c => c.OrganisationId == organisationId)
            .ToDictionaryAsync(c => c.Slug, c => c.Id, StringComparer.Ordinal, cancellationToken);
        var existing = await db.SlaPolicies.IgnoreQueryFilters().Where(p => p.OrganisationId == organisationId)
            .ToListAsync(cancellationToken);
        foreach (var policy in SlaDefaults.For(categories))
        {
            var entry = SlaPolicyEntry.From(organisationId, policy);
            if (!existing.Any(e => e.Measure == entry.Measure && e.CategoryId == entry.CategoryId && e.Channel == entry.Channel))
            {
                db.SlaPolicies.Add(entry);
            }
        }
    }
}
