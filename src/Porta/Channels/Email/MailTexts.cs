using System.Resources;
using Porta.Infrastructure;

namespace Porta.Channels.Email;

/// <summary>The texts of the mails Porta sends, from MailTexts.resx and its fr, nl and de translations.</summary>
internal static class MailTexts
{
    private static readonly ResourceManager Resources = new(typeof(MailTexts));

    public static string Format(string key, string language, params object[] arguments)
    {
        var culture = Cultures.For(language);
        var text = Resources.GetString(key, culture) ?? throw new InvalidOperationException($"No mail text '{key}'.");
        return string.Format(culture, text, arguments);
    }
}
