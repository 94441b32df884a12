using Porta.Infrastructure;

namespace Porta.Administration;

internal sealed class Category : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }
    public required string Slug { get; set; }
    public Dictionary<string, string> Names { get; set; } = [];
    /// <summary>The team that receives new questions of this category, if not the front office.</summary>
    public Guid? DefaultTeamId { get; set; }

    public string NameIn(string language) =>
        Names.TryGetValue(language, out var name) ? name : Names.Values.FirstOrDefault() ?? Slug;
}
