using Porta.Infrastructure;

namespace Porta.Deadlines;

/// <summary>
/// The proof that the holder of a question was reminded once a threshold was reached (the charter's
/// "réaction"). Its unique key — question, threshold, deadline — is what makes a reminder go out once:
/// the watcher inserts this row and queues the mails in one transaction, so a second node or a restart
/// fails on the key and sends nothing. A new deadline (a delay notice, a new category) may be reminded again.
/// </summary>
internal sealed class DeadlineReminder : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }
    public Guid QuestionId { get; init; }
    /// <summary><see cref="DeadlineState.AtRisk"/> or <see cref="DeadlineState.Overdue"/>.</summary>
    public DeadlineState Threshold { get; init; }
    public DateTimeOffset DueAt { get; init; }
    public DateTimeOffset SentAt { get; init; }
    /// <summary>How many agents were mailed; zero when the question had no holder with an address.</summary>
    public int Recipients { get; init; }
}
