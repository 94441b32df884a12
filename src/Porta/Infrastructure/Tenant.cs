namespace Porta.Infrastructure;

/// <summary>The organisation the current request acts for, set once from its token, session or
/// (for the public portal) its slug. Null means none: every tenant-owned query then returns nothing.</summary>
internal sealed class Tenant
{
    public Guid? OrganisationId { get; private set; }

    public void Enter(Guid organisationId)
    {
        if (OrganisationId is { } current && current != organisationId)
        {
            throw new InvalidOperationException("A request cannot switch organisation once it has entered one.");
        }
        OrganisationId = organisationId;
    }
}
