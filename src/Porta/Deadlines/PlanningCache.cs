using Microsoft.EntityFrameworkCore;
using Porta.Administration;
using Porta.Infrastructure;

namespace Porta.Deadlines;

internal sealed record FrontOffice(Guid Id, string? Language);

internal sealed record CategoryRoute(Guid Id, Guid? DefaultTeamId);

/// <summary>What planning a question reads of its organisation: its front-office teams, its categories (by slug)
/// with the team each sends to, and its SLA policies of every measure.</summary>
internal sealed record Planning(
    IReadOnlyList<FrontOffice> FrontOffices,
    IReadOnlyDictionary<string, CategoryRoute> Categories,
    IReadOnlyList<SlaPolicy> Policies);

/// <summary>
/// <see cref="Planning"/> per organisation: every registration needs it, and reading it each time was up to four
/// of a question's round trips. Emptied by a save that changes a team, a category or an SLA policy
/// (<see cref="PortaDbContext"/>); another node's change is seen within <see cref="ExpiringCache{TKey, TValue}.Lifetime"/>.
/// </summary>
internal sealed class PlanningCache
{
    private readonly ExpiringCache<Guid, Planning> entries = new();

    public async ValueTask<Planning> ForAsync(PortaDbContext db, Guid organisationId, CancellationToken cancellationToken) =>
        (await entries.GetOrLoadAsync(organisationId, db, static (db, id, ct) => ReadAsync(db, id, ct), cancellationToken))!;

    /// <summary>Called after a team, a category or an SLA policy was added, changed or removed.</summary>
    public void Forget() => entries.Clear();

    private static async Task<Planning?> ReadAsync(PortaDbContext db, Guid organisationId, CancellationToken cancellationToken)
    {
        var frontOffices = await db.Teams.AsNoTracking()
            .Where(t => t.OrganisationId == organisationId && t.Kind == TeamKind.FrontOffice)
            .Select(t => new FrontOffice(t.Id, t.Language)).ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking()
            .Where(c => c.OrganisationId == organisationId)
            .Select(c => new { c.Slug, Route = new CategoryRoute(c.Id, c.DefaultTeamId) })
            .ToDictionaryAsync(c => c.Slug, c => c.Route, StringComparer.Ordinal, cancellationToken);
        var policies = await db.SlaPolicies.AsNoTracking()
            .Where(p => p.OrganisationId == organisationId)
            .OrderBy(p => p.Id).ToListAsync(cancellationToken);
        return new Planning(frontOffices, categories, policies.Select(p => p.ToPolicy()).ToList());
    }
}
