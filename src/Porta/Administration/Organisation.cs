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

    /// <summary>Where people write to the service; shown on the portal home.</summary>
    public string? ContactEmail { get; set; }

    /// <summary>A phone number per language line: the charter has one per language group instead of a voice menu.</summary>
    public Dictionary<string, string> PhoneNumbers { get; set; } = [];

    /// <summary>The postal address per language (Brussels street names have one in each), lines separated by newlines.</summary>
    public Dictionary<string, string> PostalAddress { get; set; } = [];

    /// <summary>The organisation's own design tokens: a brand colour (#rrggbb) and an optional logo, served as
    /// its stylesheet (<c>/{organisation}/theme.css</c>).</summary>
    public string? BrandColour { get; set; }

    public string? LogoUrl { get; set; }

    public string NameIn(string language) =>
        Names.TryGetValue(language, out var name) ? name
        : Names.Values.FirstOrDefault() ?? Slug;

    /// <summary>The value for <paramref name="language"/>, else the organisation's first language's, else any.</summary>
    public static string? In(Dictionary<string, string> values, string language, string fallbackLanguage) =>
        values.TryGetValue(language, out var value) || values.TryGetValue(fallbackLanguage, out value) ? value : values.Values.FirstOrDefault();

    public string DefaultLanguage => Languages.FirstOrDefault() ?? Language.French;
}
