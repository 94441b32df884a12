using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Porta.Deadlines;
using Porta.Infrastructure.Outbox;
using Porta.Tests.Infrastructure;
using static Porta.Tests.Deadlines.DeadlineTestOrganisation;

namespace Porta.Tests.Deadlines;

/// <summary>The watcher reminds whoever holds a question once when its deadline comes near and once when it
/// passes — never twice, whatever the number of nodes or restarts.</summary>
public sealed class DeadlineWatcherTests
{
    [Theory, BothDatabases]
    public async Task Two_nodes_and_a_restart_remind_the_holder_once_per_threshold(Db db)
    {
        var time = MondayMorning();
        await using var nodeA = new PortaFactory(db, time: time);
        await using var nodeB = new PortaFactory(db, time: time, sameDatabaseAs: nodeA);
        var org = await TestOrganisation.CreateAsync(nodeA);
        var holder = await org.AddAgentAsync("front-fr");
        var colleague = await org.AddAgentAsync("front-fr", language: "nl");
        var elsewhere = await org.AddAgentAsync("experts");
        var number = (await org.RegisterAsync("web")).Number(); // due Wednesday 16:30

        Assert.Equal(0, await RunBothAsync(nodeA, nodeB)); // Monday: on time, nobody is reminded
        time.SetUtcNow(new DateTimeOffset(2026, 3, 11, 13, 0, 0, TimeSpan.FromHours(1)).ToUniversalTime()); // 3.5 working hours left
        Assert.Equal(1, await RunBothAsync(nodeA, nodeB));
        Assert.Equal(0, await RunBothAsync(nodeA, nodeB));
        time.SetUtcNow(new DateTimeOffset(2026, 3, 11, 17, 0, 0, TimeSpan.FromHours(1)).ToUniversalTime()); // passed
        Assert.Equal(1, await RunBothAsync(nodeA, nodeB));
        await using (var restarted = new PortaFactory(db, time: time, sameDatabaseAs: nodeA))
        {
            Assert.Equal(0, await restarted.Services.GetRequiredService<DeadlineWatcher>().RunOnceAsync(TestContext.Current.CancellationToken));
        }
        await nodeA.Services.GetRequiredService<OutboxSender>().SendDueAsync(TestContext.Current.CancellationToken);

        var mails = await MailCatcher.WaitForAsync(holder, count: 2);
        Assert.Contains(mails, m => m.Subject?.Contains("Délai bientôt atteint", StringComparison.Ordinal) == true);
        Assert.Contains(mails, m => m.Subject?.Contains("Délai dépassé", StringComparison.Ordinal) == true);
        Assert.All(mails, m => Assert.Contains($"https://porta.example.test/workspace/fr/questions/{number}", m.TextBody, StringComparison.Ordinal));
        var dutch = await MailCatcher.WaitForAsync(colleague, count: 2);
        Assert.Contains(dutch, m => m.Subject?.Contains("Termijn verstreken", StringComparison.Ordinal) == true);
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.Equal(2, (await MailCatcher.ReadAsync(holder, TestContext.Current.CancellationToken)).Count);
        Assert.Empty(await MailCatcher.ReadAsync(elsewhere, TestContext.Current.CancellationToken));
        var file = await org.Agent.GetJson($"/api/v1/questions/{number}");
        Assert.Equal(2, file["events"]!.AsArray().Count(e => e!["kind"]!.GetValue<string>() == "reminderSent"));
    }

    [Theory, BothDatabases]
    public async Task The_assignee_alone_is_reminded_and_a_delay_notice_starts_a_new_deadline(Db db)
    {
        var time = MondayMorning();
        await using var app = new PortaFactory(db, time: time);
        var org = await TestOrganisation.CreateAsync(app);
        var expert = await org.AddAgentAsync("experts");
        var teammate = await org.AddAgentAsync("experts");
        var number = (await org.RegisterAsync("web")).Number();
        await (await org.Agent.PostJson($"/api/v1/questions/{number}/transfer", new { team = "experts", agent = expert })).Expect(HttpStatusCode.NoContent);
        var watcher = app.Services.GetRequiredService<DeadlineWatcher>();

        time.SetUtcNow(new DateTimeOffset(2026, 3, 11, 17, 0, 0, TimeSpan.FromHours(1)).ToUniversalTime());
        Assert.Equal(1, await watcher.RunOnceAsync(TestContext.Current.CancellationToken));
        await (await org.Agent.PostJson($"/api/v1/questions/{number}/delay-notice", new
        {
            reason = "Le service doit consulter un autre dossier.",
            newDueAt = new DateTimeOffset(2026, 3, 13, 12, 0, 0, TimeSpan.FromHours(1)),
        })).Expect(HttpStatusCode.OK);
        Assert.Equal(0, await watcher.RunOnceAsync(TestContext.Current.CancellationToken)); // the new date is more than 4 working hours away
        time.SetUtcNow(new DateTimeOffset(2026, 3, 13, 9, 0, 0, TimeSpan.FromHours(1)).ToUniversalTime());
        Assert.Equal(1, await watcher.RunOnceAsync(TestContext.Current.CancellationToken));
        await app.Services.GetRequiredService<OutboxSender>().SendDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, (await MailCatcher.WaitForAsync(expert, count: 2)).Count);
        Assert.Empty(await MailCatcher.ReadAsync(teammate, TestContext.Current.CancellationToken));
    }

    [Theory, BothDatabases]
    public async Task The_watcher_runs_by_itself_when_enabled(Db db)
    {
        await using var app = new PortaFactory(db, new()
        {
            ["Porta:Deadlines:WatcherEnabled"] = "true",
            ["Porta:Deadlines:WatcherPollSeconds"] = "1",
        });
        var org = await TestOrganisation.CreateAsync(app);
        var holder = await org.AddAgentAsync("front-nl", language: "en");
        var number = (await org.RegisterAsync("letter", receivedAt: DateTimeOffset.UtcNow.AddDays(-20), language: "nl")).Number();

        var mail = Assert.Single(await MailCatcher.WaitForAsync(holder));

        Assert.Contains("Deadline passed", mail.Subject, StringComparison.Ordinal);
        Assert.Contains(number, mail.Subject, StringComparison.Ordinal);
        Assert.Contains($"https://porta.example.test/workspace/en/questions/{number}", mail.TextBody, StringComparison.Ordinal);
    }

    private static async Task<int> RunBothAsync(PortaFactory a, PortaFactory b)
    {
        var sent = await Task.WhenAll(
            a.Services.GetRequiredService<DeadlineWatcher>().RunOnceAsync(TestContext.Current.CancellationToken),
            b.Services.GetRequiredService<DeadlineWatcher>().RunOnceAsync(TestContext.Current.CancellationToken));
        return sent.Sum();
    }
}
