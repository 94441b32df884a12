using System.Globalization;
using Porta.Questions;

namespace Porta.Infrastructure;

/// <summary>
/// Every page carries its language in its URL (<c>/{organisation}/{lang}/…</c> on the portal,
/// <c>/workspace/{lang}/…</c> and <c>/admin/{lang}/…</c> for agents), so a link always opens in the language it
/// was written in. This middleware sets the request's culture from that segment; dates and numbers follow.
/// </summary>
internal static class RequestLanguage
{
    public static IApplicationBuilder UseRequestLanguage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var culture = Cultures.For(LanguageOf(context.Request.Path.Value) ?? Language.French);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        await next();
    });

    /// <summary>The language segment of a path: the second one ("/demo/nl/ask", "/workspace/de/queues").</summary>
    public static string? LanguageOf(string? path)
    {
        var segments = (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 2 && Language.IsSupported(segments[1]) ? segments[1] : null;
    }

    /// <summary>The same page in another language: the language segment replaced, the rest (query too) kept.</summary>
    public static string SamePageIn(string relativeUri, string language)
    {
        var queryStart = relativeUri.IndexOfAny(['?', '#']);
        var path = queryStart < 0 ? relativeUri : relativeUri[..queryStart];
        var rest = queryStart < 0 ? "" : relativeUri[queryStart..];
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length >= 2 && Language.IsSupported(segments[1]))
        {
            segments[1] = language;
        }
        return "/" + string.Join('/', segments) + rest;
    }
}
