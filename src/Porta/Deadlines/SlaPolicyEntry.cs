using Porta.Infrastructure;
using Porta.Questions;

namespace Porta.Deadlines;

/// <summary>
/// An organisation's stored promise (<see cref="SlaPolicy"/>): what is measured, how long, and for the whole
/// organisation, one category or one channel. Edited by administrators; read when a deadline is set.
/// </summary>
internal sealed class SlaPolicyEntry : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }
    public SlaMeasure Measure { get; set; }
    public int Amount { get; set; }
    public SlaUnit Unit { get; set; }
    /// <summary>Set for a category's policy; deleting the category deletes its policies.</summary>
    public Guid? CategoryId { get; set; }
    /// <summary>Set for a channel's policy.</summary>
    public Channel? Channel { get; set; }

    public SlaDuration Duration => new(Amount, Unit);

    public SlaScope Scope => CategoryId is not null ? SlaScope.Category : Channel is not null ? SlaScope.Channel : SlaScope.Organisation;

    public SlaPolicy ToPolicy() => new(Measure, Duration, CategoryId, Channel?.ToString());

    public static SlaPolicyEntry From(Guid organisationId, SlaPolicy policy) => new()
    {
        OrganisationId = organisationId,
        Measure = policy.Measure,
        Amount = policy.Duration.Amount,
        Unit = policy.Duration.Unit,
        CategoryId = policy.CategoryId,
        Channel = policy.Channel is null ? null : Enum.Parse<Channel>(policy.Channel, ignoreCase: true),
    };
}
