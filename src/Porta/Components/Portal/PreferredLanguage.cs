using Microsoft.Net.Http.Headers;
using Porta.Questions;

namespace Porta.Components.Portal;

/// <summary>The language a person lands in when their link names none: the first of their browser's
/// languages (by quality, in order) that the organisation offers, else the organisation's first.</summary>
internal static class PreferredLanguage
{
    public static string Choose(IList<StringWithQualityHeaderValue> acceptLanguage, IReadOnlyList<string> offered)
    {
        var wanted = acceptLanguage
            .Select((value, index) => (Code: value.Value.Value ?? "", Quality: value.Quality ?? 1, Index: index))
            .Where(w => w.Quality > 0)
            .OrderByDescending(w => w.Quality).ThenBy(w => w.Index);
        foreach (var (code, _, _) in wanted)
        {
            // "nl-BE" and "nl" both mean Dutch; "*" means anything, i.e. the organisation's own first.
            var language = code.Split('-')[0].ToLowerInvariant();
            if (offered.Contains(language, StringComparer.Ordinal))
            {
                return language;
            }
        }
        return offered.FirstOrDefault(Language.IsSupported) ?? Language.French;
    }
}
