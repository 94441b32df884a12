using Porta.Deadlines;

namespace Porta.Questions;

/// <summary>A question in a list or queue. <see cref="DeadlineState"/> and <see cref="WorkingMinutesLeft"/>
/// are null once the first answer is given.</summary>
internal sealed record QuestionSummary(
    string RegistrationNumber,
    string Subject,
    QuestionStatus Status,
    Channel Channel,
    string Language,
    string PersonName,
    string? Team,
    string? Assignee,
    string? Category,
    DateTimeOffset ReceivedAt,
    DateTimeOffset AnswerDueAt,
    DateTimeOffset? DelayedDueAt,
    DateTimeOffset? FirstAnsweredAt = null,
    DeadlineState? DeadlineState = null,
    int? WorkingMinutesLeft = null);

internal sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

internal sealed record PersonView(string Name, string? Email, string? Phone, string PreferredLanguage, string? CompanyNumber);

internal sealed record MessageView(
    Guid Id,
    MessageDirection Direction,
    Channel Channel,
    string Body,
    string? From,
    string? To,
    string? Author,
    DateTimeOffset At,
    DeliveryStatus Delivery,
    IReadOnlyList<AttachmentView> Attachments);

internal sealed record AttachmentView(Guid Id, string FileName, string ContentType, long Size, string Sha256);

internal sealed record EventView(QuestionEventKind Kind, DateTimeOffset At, string Actor, string? Detail);

/// <summary>The whole file an agent sees: the person and their other questions, messages, events, deadlines.</summary>
internal sealed record QuestionFile(
    string RegistrationNumber,
    string Subject,
    QuestionStatus Status,
    Channel Channel,
    string Language,
    string? Category,
    string? Team,
    string? Assignee,
    PersonView Person,
    DateTimeOffset ReceivedAt,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? FirstAnsweredAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset AnswerDueAt,
    DateTimeOffset? DelayedDueAt,
    string? DelayReason,
    DateTimeOffset? DelayNotifiedAt,
    DeadlineState? DeadlineState,
    int? WorkingMinutesLeft,
    Timeliness Timeliness,
    SlaDeadlines OtherDeadlines,
    IReadOnlyList<MessageView> Messages,
    IReadOnlyList<EventView> Events,
    IReadOnlyList<QuestionSummary> OtherQuestionsOfPerson);

/// <summary>The organisation's other promises for this question (acknowledgement, resolution) when it has a
/// policy for them, counted from when the question was received as the policies stand when the file is read.
/// The first answer is the file's own deadline, fixed at registration and stored.</summary>
internal sealed record SlaDeadlines(DateTimeOffset? AcknowledgementDueAt, DateTimeOffset? ResolutionDueAt);

/// <summary>What the person sees when following their question: no notes, no internal events.</summary>
internal sealed record PublicQuestionView(
    string RegistrationNumber,
    string Subject,
    QuestionStatus Status,
    DateTimeOffset ReceivedAt,
    DateTimeOffset AnswerDueAt,
    DateTimeOffset? DelayedDueAt,
    string? DelayReason,
    DeadlineState? DeadlineState,
    int? WorkingMinutesLeft,
    IReadOnlyList<MessageView> Messages,
    IReadOnlyList<EventView> Events);
