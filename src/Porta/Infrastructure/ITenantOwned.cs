namespace Porta.Infrastructure;

/// <summary>A row that belongs to one organisation. The global query filter and the save check in
/// <see cref="PortaDbContext"/> make sure a request only ever sees and writes its own organisation's rows.</summary>
internal interface ITenantOwned
{
    Guid OrganisationId { get; }
}
