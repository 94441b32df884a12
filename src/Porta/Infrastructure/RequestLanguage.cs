using System.Globalization;
using Porta.Questions;

namespace Porta.Infrastructure;

/// <summary>
/// Every page carries its language in its URL (<c>/{lang}/{organisation}/…</c> on the portal,
/// <c>/workspace/{lang}/…</c> and <c>/admin/{lang}/…</c> for agents), so a link always opens in the language it
/// was written in. This middleware sets the request's culture from that segment; dates and numbers follow. A status
/// page shown in place of a missing one speaks the language of the address that was asked for.
/// </summary>
internal static class RequestLanguage
{
    public static IApplicationBuilder UseRequestLanguage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath ?? context.Request.Path.Value;
        var culture = Cultures.For(LanguageOf(path) ?? Language.French);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        await next();
    });

    /// <summary>The language segment of a path: the first on the portal ("/nl/demo/ask"), else the second
    /// ("/workspace/de/queues").</summary>
    public static string? LanguageOf(string? path)
    {
        var segments = (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = LanguageSegment(segments);
        return at < 0 ? null : segments[at];
    }

    private static int LanguageSegment(string[] segments) =>
        segments.Length >= 1 && Language.IsSupported(segments[0]) ? 0
        : segments.Length >= 2 && Language.IsSupported(segments[1]) ? 1
        : -1;

    /// <summary>The same page in another language: the language segment replaced, the rest (query too) kept.</summary>
    public static string SamePageIn(string relativeUri, string language)
    {
        var queryStart = relativeUri.IndexOfAny(['?', '#']);
        var path = queryStart < 0 ? relativeUri : relativeUri[..queryStart];
        var rest = queryStart < 0 ? "" : relativeUri[queryStart..];
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = LanguageSegment(segments);
        if (at >= 0)
        {
            segments[at] = language;
        }
        return "/" + string.Join('/', segments) + rest;
    }
}
