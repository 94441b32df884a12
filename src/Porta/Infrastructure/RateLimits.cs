using System.Threading.RateLimiting;
using Porta.Questions;

namespace Porta.Infrastructure;

/// <summary><c>Porta:RateLimiting</c>: public calls, tracking look-ups and sign-in, per client address.</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "Porta:RateLimiting";
    public bool Enabled { get; set; } = true;
    public int PublicPerMinute { get; set; } = 30;
    public int SignInPerMinute { get; set; } = 10;
}

internal static class RateLimits
{
    public const string SignIn = "sign-in";

    public static IServiceCollection AddPortaRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!context.HttpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                {
                    // A page answers with an empty 429, which the status pages show in the person's language.
                    return;
                }
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = 429, Title = "Too many requests.", Detail = $"Try again in {retryAfter} seconds." },
                });
            };
            limiter.AddPolicy(PublicQuestionsApi.RateLimitPolicy, context => PerClient(context, options.Enabled, options.PublicPerMinute));
            // Attempts count, not opening the page: an agent reloading the sign-in page is not guessing a password.
            limiter.AddPolicy(SignIn, context => HttpMethods.IsPost(context.Request.Method)
                ? PerClient(context, options.Enabled, options.SignInPerMinute)
                : RateLimitPartition.GetNoLimiter("page"));
        });
    }

    /// <summary>A sliding window per remote address; behind a proxy, configure forwarded headers first.</summary>
    private static RateLimitPartition<string> PerClient(HttpContext context, bool enabled, int perMinute) =>
        enabled
            ? RateLimitPartition.GetSlidingWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = perMinute,
                Window = TimeSpan.FromMinutes(1),
                SegmentsPerWindow = 6,
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter("off");
}
