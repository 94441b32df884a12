namespace Porta.Questions;

/// <summary>The languages Porta speaks: the federal languages and English.</summary>
internal static class Language
{
    public const string French = "fr";
    public const string Dutch = "nl";
    public const string German = "de";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [French, Dutch, German, English];

    public static bool IsSupported(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);
}
