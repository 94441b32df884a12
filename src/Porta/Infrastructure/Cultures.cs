using System.Globalization;

namespace Porta.Infrastructure;

/// <summary>The culture used for dates and numbers in each language Porta speaks, as written in Belgium.</summary>
internal static class Cultures
{
    private static readonly Dictionary<string, CultureInfo> ByLanguage = new(StringComparer.Ordinal)
    {
        ["fr"] = CultureInfo.GetCultureInfo("fr-BE"),
        ["nl"] = CultureInfo.GetCultureInfo("nl-BE"),
        ["de"] = CultureInfo.GetCultureInfo("de-BE"),
        ["en"] = CultureInfo.GetCultureInfo("en-BE"),
    };

    public static CultureInfo For(string? language) =>
        language is not null && ByLanguage.TryGetValue(language, out var culture) ? culture : ByLanguage["en"];

    public static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    /// <summary>"mardi 24 novembre 2026 à 16:30"-style: a date a person reads without thinking about time zones.</summary>
    public static string LongDateTime(DateTimeOffset instant, string language, TimeZoneInfo? zone = null)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone ?? Brussels);
        var culture = For(language);
        return local.ToString("f", culture);
    }
}
