using Porta.Infrastructure;
using Porta.Questions;

namespace Porta.Administration;

internal static class LocalisedNames
{
    /// <summary>A name per language, at least one, trimmed; refused with the field named otherwise.</summary>
    public static Dictionary<string, string> Require(Dictionary<string, string>? names, string field)
    {
        if (names is null || names.Count == 0 || names.Any(n => !Language.IsSupported(n.Key) || string.IsNullOrWhiteSpace(n.Value) || n.Value.Length > 200))
        {
            throw new FieldException(field, "Give the name in at least one language (fr, nl, de, en), at most 200 characters.");
        }
        return names.ToDictionary(n => n.Key, n => n.Value.Trim(), StringComparer.Ordinal);
    }
}
