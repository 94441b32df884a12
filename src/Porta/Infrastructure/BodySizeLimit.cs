namespace Porta.Infrastructure;

/// <summary>
/// Refuses a body announced larger than <c>Porta:Limits:MaxBodyBytes</c> before reading a byte of it, with a
/// 413 ProblemDetails. Kestrel enforces the same limit on bodies sent without a length; this answers early
/// and alike behind any server.
/// </summary>
internal static class BodySizeLimit
{
    public const long DefaultBytes = 1024 * 1024;

    public static long Of(IConfiguration configuration) => configuration.GetValue("Porta:Limits:MaxBodyBytes", DefaultBytes);

    public static IApplicationBuilder UseBodySizeLimit(this IApplicationBuilder app, long limit) => app.Use(async (context, next) =>
    {
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
