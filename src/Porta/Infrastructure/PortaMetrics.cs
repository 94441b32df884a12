using System.Diagnostics.Metrics;

namespace Porta.Infrastructure;

/// <summary>Porta's own metrics, exported with ASP.NET Core's on the Prometheus endpoint.</summary>
internal sealed class PortaMetrics
{
    public const string MeterName = "Porta";

    private readonly Counter<long> questionsRegistered;
    private readonly Counter<long> mailsSent;
    private readonly Counter<long> mailsFailed;
    private long outboxBacklog;

    public PortaMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        questionsRegistered = meter.CreateCounter<long>("porta.questions.registered", description: "Questions registered, by channel");
        mailsSent = meter.CreateCounter<long>("porta.mails.sent", description: "Mails handed to the SMTP server, by purpose");
        mailsFailed = meter.CreateCounter<long>("porta.mails.failed", description: "Mails given up after their retries, by purpose");
        meter.CreateObservableGauge("porta.outbox.backlog", () => Interlocked.Read(ref outboxBacklog), description: "Outbox messages waiting to be sent");
    }

    public void QuestionRegistered(string channel) => questionsRegistered.Add(1, new KeyValuePair<string, object?>("channel", channel));
    public void MailSent(string purpose) => mailsSent.Add(1, new KeyValuePair<string, object?>("purpose", purpose));
    public void MailFailed(string purpose) => mailsFailed.Add(1, new KeyValuePair<string, object?>("purpose", purpose));
    public void OutboxBacklog(long count) => Interlocked.Exchange(ref outboxBacklog, count);
}
