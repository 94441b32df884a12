using Porta.Infrastructure;

namespace Porta.Administration;

public enum TeamKind
{
    FrontOffice,
    BackOffice,
    SinglePointOfContact,
}

internal sealed class Team : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public TeamKind Kind { get; set; }
    /// <summary>The language a front-office group serves (the charter has a French and a Dutch group); null for all.</summary>
    public string? Language { get; set; }
}
