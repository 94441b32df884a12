namespace Porta.Infrastructure.Outbox;

internal enum OutboxKind
{
    Email,
}

/// <summary>
/// Work that leaves the process (a mail today, a webhook tomorrow), written in the same transaction as
/// the change that caused it and sent later by <c>OutboxSender</c>: a crash loses nothing, and a
/// lease keeps two nodes from sending the same message.
/// </summary>
internal sealed class OutboxMessage : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }
    public OutboxKind Kind { get; init; }
    /// <summary>Why it is sent (acknowledgement, reply, delay-notice…), for the flood guard and the timeline.</summary>
    public required string Purpose { get; init; }
    /// <summary>The kind's payload as JSON (for mail: <c>OutgoingMail</c>).</summary>
    public required string Payload { get; init; }
    public Guid? QuestionId { get; init; }
    public Guid? MessageId { get; init; }
    /// <summary>The recipient, kept apart so the acknowledgement flood guard can count by address.</summary>
    public string? Recipient { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset AvailableAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public string? LockedBy { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    /// <summary>Set when the retries are exhausted; the question shows the failure.</summary>
    public DateTimeOffset? FailedAt { get; set; }
    public string? LastError { get; set; }
}
