using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Porta.Channels.Email;
using Porta.Questions;

namespace Porta.Infrastructure.Outbox;

/// <summary>
/// The background worker that sends what the outbox holds, with retries and back-off. A mail that keeps
/// failing is marked failed, and its question shows it. Each message is sent by the node that leased it;
/// it is marked sent right after the server accepts it.
/// </summary>
internal sealed partial class OutboxSender(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<OutboxOptions> options, IOptions<SmtpOptions> smtp,
    PortaMetrics metrics, ILogger<OutboxSender> logger) : PollingService(time, logger)
{
    private readonly string node = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>A full batch suggests more are waiting: the next round starts at once.</summary>
    protected override async Task<TimeSpan> RunRoundAsync(CancellationToken stoppingToken) =>
        await SendDueAsync(stoppingToken) < options.Value.BatchSize ? TimeSpan.FromMilliseconds(options.Value.PollMilliseconds) : TimeSpan.Zero;

    /// <summary>Sends one batch; returns how many messages it took.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortaDbContext>();
        var ids = await OutboxLease.TakeAsync(db, node, Time.GetUtcNow(), options.Value, cancellationToken);
        if (ids.Count == 0)
        {
            metrics.OutboxBacklog(await db.Outbox.IgnoreQueryFilters().CountAsync(o => o.SentAt == null && o.FailedAt == null, cancellationToken));
            return 0;
        }
        await using var transport = scope.ServiceProvider.GetRequiredService<MailTransport>();
        foreach (var id in ids)
        {
            var entry = await db.Outbox.IgnoreQueryFilters().FirstAsync(o => o.Id == id, cancellationToken);
            var mail = JsonSerializer.Deserialize<OutgoingMail>(entry.Payload)!;
            try
            {
                await transport.SendAsync(mail, cancellationToken);
                await RecordSentAsync(db, entry, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await RecordFailureAsync(db, entry, e, cancellationToken);
            }
        }
        return ids.Count;
    }

    private async Task RecordSentAsync(PortaDbContext db, OutboxMessage entry, CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        entry.SentAt = now;
        entry.LockedUntil = null;
        entry.Attempts++;
        await UpdateQuestionAsync(db, entry, DeliveryStatus.Sent, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        metrics.MailSent(entry.Purpose);
    }

    private async Task RecordFailureAsync(PortaDbContext db, OutboxMessage entry, Exception error, CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        entry.Attempts++;
        entry.LockedUntil = null;
        // The exception's own message: MailKit's say what the server answered, never the password.
        var description = $"{error.GetType().Name}: {error.Message}";
        entry.LastError = description.Length > 2000 ? description[..2000] : description;
        LogSendFailure(logger, entry.Id, entry.Attempts, error.GetType().Name);
        if (entry.Attempts >= smtp.Value.MaxAttempts)
        {
            entry.FailedAt = now;
            await UpdateQuestionAsync(db, entry, DeliveryStatus.Failed, cancellationToken);
            metrics.MailFailed(entry.Purpose);
        }
        else
        {
            var wait = Math.Min(3600, options.Value.RetryBaseSeconds * Math.Pow(2, entry.Attempts - 1));
            entry.AvailableAt = now.AddSeconds(wait);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>What the person's file shows of a mail: the reply's delivery state, the acknowledgement
    /// time (the KPI "acknowledged within 24 hours" counts from it), and a timeline line.</summary>
    private async Task UpdateQuestionAsync(PortaDbContext db, OutboxMessage entry, DeliveryStatus status, CancellationToken cancellationToken)
    {
        if (entry.QuestionId is not { } questionId)
        {
            return;
        }
        var now = Time.GetUtcNow();
        if (entry.MessageId is { } messageId)
        {
            await db.Messages.IgnoreQueryFilters().Where(m => m.Id == messageId)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Delivery, status), cancellationToken);
        }
        var acknowledged = status == DeliveryStatus.Sent && entry.Purpose == Acknowledgements.Purpose;
        if (acknowledged)
        {
            await db.Questions.IgnoreQueryFilters().Where(q => q.Id == questionId && q.AcknowledgedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(q => q.AcknowledgedAt, now), cancellationToken);
        }
        db.QuestionEvents.Add(new QuestionEvent
        {
            OrganisationId = entry.OrganisationId,
            QuestionId = questionId,
            Kind = acknowledged ? QuestionEventKind.Acknowledged : status == DeliveryStatus.Sent ? QuestionEventKind.MailSent : QuestionEventKind.MailFailed,
            At = now,
            Actor = Actor.System.Name,
            Detail = status == DeliveryStatus.Failed ? $"{entry.Purpose}: {entry.LastError}" : entry.Purpose,
            Public = acknowledged,
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} failed (attempt {Attempts}): {ErrorType}")]
    private static partial void LogSendFailure(ILogger logger, Guid id, int attempts, string errorType);
}
