using Porta.Questions;

namespace Porta.Administration;

internal sealed class Organisation
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Slug { get; set; }
    /// <summary>The organisation's name in each language it offers (fr, nl, de, en).</summary>
    public Dictionary<string, string> Names { get; set; } = [];
    public List<string> Languages { get; set; } = ["fr", "nl"];
    public DateTimeOffset CreatedAt { get; init; }

    public string NameIn(string language) =>
        Names.TryGetValue(language, out var name) ? name
        : Names.Values.FirstOrDefault() ?? Slug;

    public string DefaultLanguage => Languages.FirstOrDefault() ?? Language.French;
}
