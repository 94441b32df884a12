using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Porta.Infrastructure.Outbox;
using Porta.Tests.Infrastructure;

namespace Porta.Tests.Channels.Email;

/// <summary>Mail leaves through the outbox: retried when the server fails, shown on the question when it
/// gives up, and never sent twice even when two nodes send at once.</summary>
public sealed class OutboxTests
{
    [Theory, BothDatabases]
    public async Task A_mail_that_cannot_be_sent_is_retried_then_shown_failed_on_the_question(Db db)
    {
        await using var app = new PortaFactory(db, new()
        {
            ["Porta:Smtp:Port"] = "1", // nothing listens there: every attempt is refused
            ["Porta:Smtp:MaxAttempts"] = "2",
        });
        var org = await TestOrganisation.CreateAsync(app);
        var number = (await org.AskAsync())["registrationNumber"]!.GetValue<string>();
        await (await org.Agent.PostJson($"/api/v1/questions/{number}/replies", new { body = "Réponse" })).Expect(HttpStatusCode.Created);

        // The acknowledgement and the reply give up independently, in whatever order the outbox leased them.
        var file = await Eventually.GetAsync(() => org.Agent.GetJson($"/api/v1/questions/{number}"),
            f => f["messages"]![1]!["delivery"]!.GetValue<string>() == "failed"
                && f["events"]!.AsArray().Count(e => e!["kind"]!.GetValue<string>() == "mailFailed") == 2);

        var failures = file["events"]!.AsArray().Where(e => e!["kind"]!.GetValue<string>() == "mailFailed").ToList();
        Assert.Equal(2, failures.Count); // the acknowledgement and the reply
        Assert.Null(file["acknowledgedAt"]);
        Assert.DoesNotContain(failures, f => f!["detail"]!.GetValue<string>().Contains("Password", StringComparison.OrdinalIgnoreCase));
    }

    [Theory, BothDatabases]
    public async Task Two_nodes_sending_at_once_send_each_mail_exactly_once(Db db)
    {
        await using var app = new PortaFactory(db, new() { ["Porta:Outbox:Enabled"] = "false", ["Porta:Outbox:BatchSize"] = "3" });
        var org = await TestOrganisation.CreateAsync(app);
        var recipients = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            recipients.Add(TestOrganisation.UniqueEmail());
            await org.AskAsync(recipients[^1]);
        }
        var nodeA = ActivatorUtilities.CreateInstance<OutboxSender>(app.Services);
        var nodeB = ActivatorUtilities.CreateInstance<OutboxSender>(app.Services);

        async Task<int> Drain(OutboxSender node)
        {
            var total = 0;
            for (int taken; (taken = await node.SendDueAsync(TestContext.Current.CancellationToken)) > 0;)
            {
                total += taken;
            }
            return total;
        }
        var taken = await Task.WhenAll(Drain(nodeA), Drain(nodeB));

        Assert.Equal(12, taken.Sum());
        foreach (var recipient in recipients)
        {
            Assert.Single(await MailCatcher.WaitForAsync(recipient));
        }
        await Task.Delay(500, TestContext.Current.CancellationToken);
        foreach (var recipient in recipients)
        {
            Assert.Single(await MailCatcher.ReadAsync(recipient, TestContext.Current.CancellationToken));
        }
    }
}
