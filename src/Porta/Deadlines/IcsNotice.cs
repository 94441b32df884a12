using System.Globalization;
using System.Resources;
using Porta.Infrastructure;
using Porta.Questions;

namespace Porta.Deadlines;

/// <summary>
/// Something an .ics import tells the administrator: a text of IcsNotice.resx (English, with its fr, nl and de
/// translations) and what fills it in, so the calendar page says it in the agent's language and the API in English.
/// An argument may be a notice itself: the event's name ("Event 3 'Bridge day'") is said in the same language.
/// </summary>
internal sealed class IcsNotice(string key, params object[] arguments)
{
    private static readonly ResourceManager Texts = new(typeof(IcsNotice));

    public string Key { get; } = key;

    public string In(CultureInfo culture)
    {
        var text = Texts.GetString(Key, culture) ?? throw new InvalidOperationException($"No .ics import text '{Key}'.");
        return string.Format(culture, text, [.. arguments.Select(a => a is IcsNotice name ? name.In(culture) : a)]);
    }

    /// <summary>In English, as the API and the logs say it.</summary>
    public override string ToString() => In(Cultures.For(Language.English));
}
