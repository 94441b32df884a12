using Porta.Infrastructure;

namespace Porta.Questions;

internal enum QuestionEventKind
{
    Registered,
    Acknowledged,
    AcknowledgementSuppressed,
    Replied,
    NoteAdded,
    StatusChanged,
    Assigned,
    Transferred,
    Forwarded,
    DelayNotified,
    Closed,
    Reopened,
    MailSent,
    MailFailed,
    CategoryChanged,
    ReminderSent,
    AttachmentAdded,
}

/// <summary>One line of a question's timeline: who did what, when.</summary>
internal sealed class QuestionEvent : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }
    public Guid QuestionId { get; init; }
    public QuestionEventKind Kind { get; init; }
    public DateTimeOffset At { get; init; }
    public Guid? ActorAgentId { get; init; }
    /// <summary>Who acted, as shown on the timeline: an agent's name, "citizen" or "system".</summary>
    public required string Actor { get; init; }
    public string? Detail { get; init; }
    /// <summary>Whether the person sees this line when following their question.</summary>
    public bool Public { get; init; }
}
