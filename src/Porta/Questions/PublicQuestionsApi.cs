using System.ComponentModel.DataAnnotations;
using Porta.Infrastructure;

namespace Porta.Questions;

public sealed record PublicQuestionRequest(
    [Required, StringLength(200, MinimumLength = 1)] string Name,
    [Required, EmailAddress, StringLength(254)] string Email,
    [StringLength(40)] string? Phone,
    [Required, StringLength(2, MinimumLength = 2)] string Language,
    [Required, StringLength(300, MinimumLength = 1)] string Subject,
    [Required, StringLength(20_000, MinimumLength = 1)] string Body,
    [StringLength(64)] string? Category);

internal sealed record RegisteredResponse(
    string RegistrationNumber,
    string TrackingToken,
    QuestionStatus Status,
    DateTimeOffset ReceivedAt,
    DateTimeOffset AnswerDueAt);

public sealed record PersonMessageRequest(
    [Required, StringLength(20_000, MinimumLength = 1)] string Body,
    [StringLength(100)] string? Token,
    [StringLength(254)] string? Email);

/// <summary>What citizens reach without an account: asking, following, answering. Rate-limited per client.</summary>
internal static class PublicQuestionsApi
{
    public const string RateLimitPolicy = "public";

    public static RouteGroupBuilder MapPublicQuestionsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/public").WithTags("Public").RequireRateLimiting(RateLimitPolicy);

        group.MapPost("/{organisation}/questions", async (string organisation, PublicQuestionRequest request,
            OrganisationScope scope, RegisterQuestion register, PortaMetrics metrics, CancellationToken cancellationToken) =>
        {
            await scope.EnterPublicAsync(organisation, cancellationToken);
            var registered = await register.HandleAsync(new RegisterQuestionCommand(
                Channel.Web, request.Name, request.Email, request.Phone, request.Language, request.Subject, request.Body, request.Category),
                cancellationToken);
            metrics.QuestionRegistered(nameof(Channel.Web));
            var q = registered.Question;
            return TypedResults.Created($"/api/v1/public/questions/{q.RegistrationNumber}",
                new RegisteredResponse(q.RegistrationNumber, registered.TrackingToken, q.Status, q.ReceivedAt, q.AnswerDueAt));
        }).WithName("AskQuestion").WithSummary("A citizen asks a question through the web form");

        group.MapGet("/questions/{registrationNumber}", async (string registrationNumber, string? token, string? email,
            HttpContext http, TrackQuestion track, CancellationToken cancellationToken) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return TypedResults.Ok(await track.HandleAsync(registrationNumber, new TrackingProof(token, email), cancellationToken));
        }).WithName("FollowQuestion").WithSummary("Status and public history, with the tracking token or the e-mail address used");

        group.MapPost("/questions/{registrationNumber}/messages", async (string registrationNumber, PersonMessageRequest request,
            HttpContext http, AddPersonMessage add, CancellationToken cancellationToken) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            var message = await add.HandleAsync(registrationNumber, new TrackingProof(request.Token, request.Email), request.Body, cancellationToken);
            return TypedResults.Created($"/api/v1/public/questions/{registrationNumber}", ReadQuestions.View(message));
        }).WithName("AnswerOnQuestion").WithSummary("The person writes again on their question");

        return group;
    }
}
