using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Porta.Infrastructure;

namespace Porta.Questions;

public sealed record AgentQuestionRequest(
    [Required] Channel? Channel,
    [Required, StringLength(200, MinimumLength = 1)] string Name,
    [EmailAddress, StringLength(254)] string? Email,
    [StringLength(40)] string? Phone,
    [Required, StringLength(2, MinimumLength = 2)] string Language,
    [Required, StringLength(300, MinimumLength = 1)] string Subject,
    [Required, StringLength(20_000, MinimumLength = 1)] string Body,
    [StringLength(64)] string? Category,
    DateTimeOffset? ReceivedAt,
    [StringLength(20)] string? CompanyNumber,
    [StringLength(64)] string? Organisation);

internal sealed record AgentRegisteredResponse(string RegistrationNumber, QuestionStatus Status, DateTimeOffset ReceivedAt, DateTimeOffset AnswerDueAt);

public sealed record BodyRequest([Required, StringLength(20_000, MinimumLength = 1)] string Body, bool WaitingForPerson = false);

public sealed record ChangeCategoryRequest([StringLength(64)] string? Category);

internal sealed record CategoryChangedResponse(string? Category, DateTimeOffset AnswerDueAt, DateTimeOffset? DelayedDueAt);

public sealed record DelayNoticeRequest(
    [Required, StringLength(SendDelayNotice.MaxReasonLength, MinimumLength = 1)] string Reason,
    [Required] DateTimeOffset? NewDueAt);

internal sealed record DelayNoticeResponse(DateTimeOffset AnswerDueAt, DateTimeOffset DelayedDueAt, bool DelayNotifiedInTime);

public sealed record TransferRequest(
    [Required, StringLength(64)] string Team,
    [StringLength(254)] string? Agent,
    [StringLength(20_000)] string? Note);

public sealed record AssignRequest([StringLength(254)] string? Agent);

/// <summary>The agents' API on questions. Every call acts within the caller's organisation.</summary>
internal static class QuestionsApi
{
    public static RouteGroupBuilder MapQuestionsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/questions").WithTags("Questions").RequireAuthorization(Policies.Agent)
            .AddEndpointFilter(async (context, next) =>
            {
                // Only the installation administrator names the organisation: in the body when registering, else in the query.
                var named = context.Arguments.OfType<AgentQuestionRequest>().FirstOrDefault()?.Organisation
                    ?? context.HttpContext.Request.Query["organisation"].FirstOrDefault();
                var scope = context.HttpContext.RequestServices.GetRequiredService<OrganisationScope>();
                await scope.EnterAsync(named, context.HttpContext.RequestAborted);
                return await next(context);
            });

        group.MapPost("/", async (AgentQuestionRequest request, ClaimsPrincipal user, RegisterQuestion register, PortaMetrics metrics, CancellationToken cancellationToken) =>
        {
            var registered = await register.HandleAsync(new RegisterQuestionCommand(
                request.Channel!.Value, request.Name, request.Email, request.Phone, request.Language, request.Subject, request.Body,
                request.Category, request.ReceivedAt, request.CompanyNumber, Actor.Of(user)), cancellationToken);
            metrics.QuestionRegistered(request.Channel.Value.ToString());
            var q = registered.Question;
            return TypedResults.Created($"/api/v1/questions/{q.RegistrationNumber}",
                new AgentRegisteredResponse(q.RegistrationNumber, q.Status, q.ReceivedAt, q.AnswerDueAt));
        }).WithSummary("Register a question from any channel");

        group.MapGet("/", (string? status, string? team, string? q, bool? open, int? page, int? pageSize, string? atRisk, string? overdue,
            ReadQuestions read, CancellationToken cancellationToken) =>
            read.ListAsync(new QuestionQuery(status, team, q, open, page ?? 1, pageSize ?? 25, Flag(atRisk, "atRisk"), Flag(overdue, "overdue")), cancellationToken))
            .WithSummary("List and search questions, soonest deadline first; atRisk and overdue filter by deadline");

        group.MapGet("/queues", (ClaimsPrincipal user, QuestionQueues queues, CancellationToken cancellationToken) =>
            queues.CountAsync(Actor.Of(user).AgentId, cancellationToken))
            .WithSummary("How many questions each queue holds (mine and my team's for a signed-in agent)");

        group.MapGet("/{registrationNumber}", (string registrationNumber, ReadQuestions read, CancellationToken cancellationToken) =>
            read.FileAsync(registrationNumber, cancellationToken)).WithSummary("The whole file of a question");

        group.MapPost("/{registrationNumber}/replies", async (string registrationNumber, BodyRequest request, ClaimsPrincipal user, ReplyToQuestion reply, CancellationToken cancellationToken) =>
        {
            var message = await reply.HandleAsync(new ReplyCommand(registrationNumber, request.Body, Actor.Of(user), request.WaitingForPerson), cancellationToken);
            return TypedResults.Created($"/api/v1/questions/{registrationNumber}", ReadQuestions.View(message));
        }).WithSummary("Answer the person");

        group.MapPost("/{registrationNumber}/notes", async (string registrationNumber, BodyRequest request, ClaimsPrincipal user, AddNote add, CancellationToken cancellationToken) =>
        {
            var note = await add.HandleAsync(new NoteCommand(registrationNumber, request.Body, Actor.Of(user)), cancellationToken);
            return TypedResults.Created($"/api/v1/questions/{registrationNumber}", ReadQuestions.View(note));
        }).WithSummary("Add an internal note");

        group.MapPost("/{registrationNumber}/transfer", async (string registrationNumber, TransferRequest request, ClaimsPrincipal user, TransferQuestion transfer, CancellationToken cancellationToken) =>
        {
            await transfer.HandleAsync(new TransferCommand(registrationNumber, request.Team, request.Agent, request.Note, Actor.Of(user)), cancellationToken);
            return TypedResults.NoContent();
        }).WithSummary("Transfer to another team or agent");

        group.MapPost("/{registrationNumber}/assign", async (string registrationNumber, AssignRequest? request, ClaimsPrincipal user, AssignQuestion assign, CancellationToken cancellationToken) =>
        {
            await assign.HandleAsync(new AssignCommand(registrationNumber, request?.Agent, Actor.Of(user)), cancellationToken);
            return TypedResults.NoContent();
        }).WithSummary("Give the question to an agent of the organisation (by e-mail address), or take it (no agent named)");

        group.MapPost("/{registrationNumber}/attachments", async (string registrationNumber, IFormFile file, [FromForm] Guid? messageId,
            ClaimsPrincipal user, AddAttachment add, CancellationToken cancellationToken) =>
        {
            await using var content = file.OpenReadStream();
            var attachment = await add.HandleAsync(new AttachmentUpload(registrationNumber, file.FileName, file.ContentType, content, messageId, Actor.Of(user)), cancellationToken);
            return TypedResults.Created($"/api/v1/questions/{registrationNumber}/attachments/{attachment.Id}", ReadQuestions.View(attachment));
        }).WithSummary("Join a file (a scan, a document) to the question's first message or to the one named")
            // Bearer-token clients send no cookie to forge; the workspace session cookie is SameSite=Strict.
            .DisableAntiforgery()
            .WithMetadata(new BodySizeLimitMetadata(AddAttachment.MaxBytes(routes.ServiceProvider.GetRequiredService<IConfiguration>()) + 64 * 1024));

        group.MapGet("/{registrationNumber}/attachments/{id:guid}", async (string registrationNumber, Guid id, PortaDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        {
            var question = await db.GetByNumberAsync(registrationNumber, cancellationToken);
            var file = await db.Attachments.AsNoTracking()
                .Where(a => a.Id == id && db.Messages.Any(m => m.Id == a.MessageId && m.QuestionId == question.Id))
                .Select(a => new { a.FileName, a.ContentType, Bytes = db.AttachmentContents.Where(c => c.Sha256 == a.Sha256).Select(c => c.Bytes).First() })
                .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("The attachment");
            http.Response.Headers.CacheControl = "private, no-store";
            // Always a download, never rendered in our origin, whatever the file claims to be.
            return TypedResults.File(file.Bytes, file.ContentType, file.FileName);
        }).WithSummary("Download an attachment");

        group.MapPost("/{registrationNumber}/category", async (string registrationNumber, ChangeCategoryRequest request, ClaimsPrincipal user, ChangeCategory change, CancellationToken cancellationToken) =>
        {
            var question = await change.HandleAsync(new ChangeCategoryCommand(registrationNumber, request.Category, Actor.Of(user)), cancellationToken);
            return TypedResults.Ok(new CategoryChangedResponse(request.Category is { Length: > 0 } ? request.Category.Trim() : null, question.AnswerDueAt, question.DelayedDueAt));
        }).WithSummary("File under another category (or none); the answer deadline is counted again");

        group.MapPost("/{registrationNumber}/delay-notice", async (string registrationNumber, DelayNoticeRequest request, ClaimsPrincipal user, SendDelayNotice send, CancellationToken cancellationToken) =>
        {
            var question = await send.HandleAsync(new DelayNoticeCommand(registrationNumber, request.Reason, request.NewDueAt!.Value, Actor.Of(user)), cancellationToken);
            return TypedResults.Ok(new DelayNoticeResponse(question.AnswerDueAt, question.DelayedDueAt!.Value, question.DelayNotifiedInTime == true));
        }).WithSummary("Tell the person the answer will be late: why, and the new date");

        group.MapPost("/{registrationNumber}/close", async (string registrationNumber, ClaimsPrincipal user, CloseQuestion close, CancellationToken cancellationToken) =>
        {
            await close.HandleAsync(new CloseCommand(registrationNumber, Actor.Of(user)), cancellationToken);
            return TypedResults.NoContent();
        }).WithSummary("Close the question");

        return group;
    }

    /// <summary>Parsed here rather than bound, so "atRisk=maybe" is a 400 that names the field.</summary>
    private static bool? Flag(string? value, string field) =>
        value is null ? null
        : bool.TryParse(value, out var flag) ? flag
        : throw new FieldException(field, $"{field} is true or false.");
}
