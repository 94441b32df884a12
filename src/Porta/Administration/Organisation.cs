using Porta.Deadlines;
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

    /// <summary>Opening hours, holidays and closure days: the working time every deadline of this
    /// organisation is counted in. Replaced whole when edited (records compare by their JSON).</summary>
    public CalendarSettings Calendar { get; set; } = CalendarSettings.BelgianFederalDefault;

    public string NameIn(string language) =>
        Names.TryGetValue(language, out var name) ? name
        : Names.Values.FirstOrDefault() ?? Slug;

    public string DefaultLanguage => Languages.FirstOrDefault() ?? Language.French;
}
