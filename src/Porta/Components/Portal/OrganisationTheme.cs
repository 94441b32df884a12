using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Porta.Administration;

namespace Porta.Components.Portal;

/// <summary>
/// An organisation's own design tokens as a small stylesheet: its brand colour in place of Porta's, and its logo.
/// Only values that keep the pages readable are used — a colour below WCAG AA contrast (4.5:1) against white
/// text, or a logo from another site (the pages' Content-Security-Policy allows images from this site only),
/// falls back to Porta's defaults, so no setting can break the portal's accessibility.
/// </summary>
internal static partial class OrganisationTheme
{
    public const double MinimumContrast = 4.5;

    [GeneratedRegex("^#[0-9a-fA-F]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex HexColour();

    [GeneratedRegex("^/[A-Za-z0-9/_.-]{1,499}$", RegexOptions.CultureInvariant)]
    private static partial Regex SitePath();

    public static bool IsUsableBrandColour(string? colour) =>
        colour is not null && HexColour().IsMatch(colour) && ContrastWithWhite(colour) >= MinimumContrast;

    /// <summary>A path on this site ("/logos/demo.svg"), never "//other.site" nor a parent directory.</summary>
    public static bool IsUsableLogoUrl(string? url) =>
        url is not null && SitePath().IsMatch(url) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains("..", StringComparison.Ordinal);

    public static string Css(Organisation organisation)
    {
        var css = new StringBuilder();
        css.Append(CultureInfo.InvariantCulture, $"/* {organisation.Slug} */\n.porta-theme {{\n");
        if (IsUsableBrandColour(organisation.BrandColour))
        {
            var colour = organisation.BrandColour!.ToLowerInvariant();
            css.Append(CultureInfo.InvariantCulture, $"  --porta-color-primary: {colour};\n");
            css.Append(CultureInfo.InvariantCulture, $"  --porta-color-primary-dark: {Darker(colour)};\n");
        }
        if (IsUsableLogoUrl(organisation.LogoUrl))
        {
            css.Append(CultureInfo.InvariantCulture, $"  --porta-organisation-logo: url(\"{organisation.LogoUrl}\");\n");
        }
        css.Append("}\n");
        return css.ToString();
    }

    /// <summary>Changes whenever the stylesheet does, so its link can be cached for long.</summary>
    public static string Version(Organisation organisation) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Css(organisation))))[..12];

    /// <summary>WCAG 2.1 contrast ratio between the colour and white.</summary>
    public static double ContrastWithWhite(string hex) => 1.05 / (RelativeLuminance(hex) + 0.05);

    private static double RelativeLuminance(string hex)
    {
        static double Channel(string hex, int at)
        {
            var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return (0.2126 * Channel(hex, 1)) + (0.7152 * Channel(hex, 3)) + (0.0722 * Channel(hex, 5));
    }

    /// <summary>The hover shade: the same colour with a quarter less light.</summary>
    private static string Darker(string hex)
    {
        var rgb = Enumerable.Range(0, 3).Select(i => int.Parse(hex.AsSpan(1 + (2 * i), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) * 3 / 4);
        return "#" + string.Concat(rgb.Select(c => c.ToString("x2", CultureInfo.InvariantCulture)));
    }
}
