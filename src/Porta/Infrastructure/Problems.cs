using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Porta.Questions;

namespace Porta.Infrastructure;

/// <summary>A request that breaks a rule on one field; answered 400 with that field named.</summary>
internal sealed class FieldException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>Something the request names that does not exist for the caller; answered 404. Another
/// organisation's row raises exactly this, so the two cannot be told apart.</summary>
internal sealed class NotFoundException(string what) : Exception($"{what} was not found.");

/// <summary>A body or file over its limit; answered 413.</summary>
internal sealed class PayloadTooLargeException(long maxBytes) : Exception($"At most {maxBytes} bytes.");

/// <summary>A request that is well-formed but conflicts with the state of things; answered 409.</summary>
internal sealed class ConflictException(string message) : Exception(message);

/// <summary>Turns every failure into RFC 9457 ProblemDetails, without a stack trace, SQL, path or secret.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            FieldException e => Invalid(e.Field, e.Message),
            Deadlines.InvalidCalendarSettingsException e => Invalid(e.Errors),
            BadHttpRequestException { InnerException: JsonException json } => Invalid(FieldOf(json.Path), "The request body is not valid JSON for this call."),
            BadHttpRequestException e => new ProblemDetails { Status = e.StatusCode, Title = TitleOf(e.StatusCode) },
            NotFoundException e => new ProblemDetails { Status = 404, Title = "Not found", Detail = e.Message },
            ConflictException e => new ProblemDetails { Status = 409, Title = "Conflict", Detail = e.Message },
            PayloadTooLargeException e => new ProblemDetails { Status = 413, Title = "The request body is too large.", Detail = e.Message },
            InvalidTransitionException e => new ProblemDetails { Status = 409, Title = "Invalid status change", Detail = e.Message },
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            problem = new ProblemDetails { Status = 500, Title = "An unexpected error occurred." };
        }
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static HttpValidationProblemDetails Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    private static HttpValidationProblemDetails Invalid(IReadOnlyDictionary<string, string[]> errors) => new(errors)
    {
        Status = 400,
        Title = "One or more validation errors occurred.",
    };

    /// <summary>"$.email" becomes "email"; a body that is not JSON at all has no field.</summary>
    private static string FieldOf(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "body" : jsonPath.TrimStart('$', '.');

    private static string TitleOf(int status) => status switch
    {
        413 => "The request body is too large.",
        415 => "Unsupported media type.",
        _ => "Bad request.",
    };
}
