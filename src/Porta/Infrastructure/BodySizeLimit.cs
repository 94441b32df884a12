using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Porta.Infrastructure;

/// <summary>
/// Every request body is limited: by default to <c>Porta:Limits:MaxBodyBytes</c>, or to what its endpoint
/// declares (<see cref="BodySizeLimitMetadata"/>, e.g. attachment uploads). A body announced larger is refused
/// before a byte is read, with a 413 ProblemDetails; one sent without a length is cut by the server at the limit.
/// </summary>
internal static class BodySizeLimit
{
    public const long DefaultBytes = 1024 * 1024;

    public static long Of(IConfiguration configuration) => configuration.GetValue("Porta:Limits:MaxBodyBytes", DefaultBytes);

    public static IApplicationBuilder UseBodySizeLimit(this IApplicationBuilder app, long defaultLimit) => app.Use(async (context, next) =>
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? defaultLimit;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
        {
            server.MaxRequestBodySize = limit;
        }
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = 413, Title = "The request body is too large.", Detail = $"At most {limit} bytes." },
            });
            return;
        }
        await next();
    });
}

/// <summary>Declares an endpoint's own body limit.</summary>
internal sealed record BodySizeLimitMetadata(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
