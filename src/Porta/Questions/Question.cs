using Porta.Infrastructure;

namespace Porta.Questions;

/// <summary>One contact, from any channel: the electronic file the charter asks for.</summary>
internal sealed class Question : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }
    public required string RegistrationNumber { get; init; }
    /// <summary>SHA-256 of the tracking token; the token itself is only ever given to the person.</summary>
    public required byte[] TrackingTokenHash { get; init; }
    public Channel Channel { get; init; }
    public required string Language { get; set; }
    public required string Subject { get; set; }
    public Guid? CategoryId { get; set; }
    public QuestionStatus Status { get; set; } = QuestionStatus.New;
    public Guid? TeamId { get; set; }
    public Guid? AssigneeId { get; set; }
    public Guid PersonId { get; init; }
    public Person Person { get; init; } = null!;

    public DateTimeOffset ReceivedAt { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    /// <summary>The Message-ID of the acknowledgement mail: the first mail of the conversation, so replies thread under it.</summary>
    public string? AcknowledgementMailId { get; set; }
    public DateTimeOffset? FirstAnsweredAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    /// <summary>When the first answer is due, by the organisation's calendar and SLA policy.</summary>
    public DateTimeOffset AnswerDueAt { get; set; }
    /// <summary>The later date promised in a delay notice; the original deadline stays in <see cref="AnswerDueAt"/>.</summary>
    public DateTimeOffset? DelayedDueAt { get; set; }
    public string? DelayReason { get; set; }
    /// <summary>When the person was first told the answer would be late.</summary>
    public DateTimeOffset? DelayNotifiedAt { get; set; }
    /// <summary>Whether every delay notice reached the person before the date then promised; null without
    /// a notice. Reports count "delay notified in time" only when it is true.</summary>
    public bool? DelayNotifiedInTime { get; set; }
    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>The date in force: the one of the last delay notice, else the SLA's.</summary>
    public DateTimeOffset DueAt => DelayedDueAt ?? AnswerDueAt;

    /// <summary>The deadline runs until the first answer (or the closing, for a question closed without one).</summary>
    public bool AwaitsFirstAnswer => FirstAnsweredAt is null && Status != QuestionStatus.Closed;

    public List<Message> Messages { get; init; } = [];
    public List<QuestionEvent> Events { get; init; } = [];

    /// <summary>Adds a line to the timeline.</summary>
    public void Record(QuestionEventKind kind, Actor actor, DateTimeOffset at, string? detail = null, bool isPublic = false) =>
        Events.Add(new QuestionEvent
        {
            OrganisationId = OrganisationId,
            QuestionId = Id,
            Kind = kind,
            At = at,
            ActorAgentId = actor.AgentId,
            Actor = actor.Name,
            Detail = detail,
            Public = isPublic,
        });
}
