using System.Text.RegularExpressions;
using Porta.Infrastructure;

namespace Porta.Administration;

/// <summary>Names in URLs and API calls: lower-case letters, digits and dashes.</summary>
internal static partial class Slug
{
    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    public static string Require(string? value, string field) =>
        value is not null && Pattern().IsMatch(value) ? value
        : throw new FieldException(field, "Use 1 to 64 lower-case letters, digits and dashes.");
}
