using Porta.Infrastructure;

namespace Porta.Questions;

/// <summary>Whoever asks: a citizen, a company or a professional. One person per organisation and
/// e-mail address, so an agent sees all their questions.</summary>
internal sealed class Person : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }
    public required string Name { get; set; }
    /// <summary>Lower-cased, so look-ups by address are exact.</summary>
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public required string PreferredLanguage { get; set; }
    /// <summary>A Belgian enterprise number, when the person writes for a company.</summary>
    public string? CompanyNumber { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
}
