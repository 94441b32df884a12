using System.Text.RegularExpressions;

namespace Porta.Tests.Infrastructure;

/// <summary>The antiforgery field every form of the portal and the workspace carries, as a browser posts it back.</summary>
public static partial class Antiforgery
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    public static partial Regex Field();

    public static string TokenIn(string html) => Field().Match(html).Groups[1].Value;
}
