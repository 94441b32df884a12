using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MimeKit;

namespace Porta.Tests.Infrastructure;

/// <summary>Reads back, over IMAP, what the real SMTP server received: every test mail lands in one catch-all
/// mailbox, and each test looks for its own unique recipient.</summary>
public static class MailCatcher
{
    public static async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string recipient, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        var cancellation = TestContext.Current.CancellationToken;
        while (true)
        {
            var found = await ReadAsync(recipient, cancellation);
            if (found.Count >= count || DateTime.UtcNow > deadline)
            {
                Assert.True(found.Count >= count, $"Expected {count} mail(s) to {recipient}, found {found.Count}.");
                return found;
            }
            await Task.Delay(250, cancellation);
        }
    }

    public static async Task<IReadOnlyList<MimeMessage>> ReadAsync(string recipient, CancellationToken cancellation)
    {
        using var client = new ImapClient();
        await client.ConnectAsync(TestEnvironment.ImapHost, TestEnvironment.ImapPort, MailKit.Security.SecureSocketOptions.None, cancellation);
        await client.AuthenticateAsync(TestEnvironment.ImapUser, TestEnvironment.ImapPassword, cancellation);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly, cancellation);
        var ids = await client.Inbox.SearchAsync(SearchQuery.ToContains(recipient), cancellation);
        var messages = new List<MimeMessage>();
        foreach (var id in ids)
        {
            messages.Add(await client.Inbox.GetMessageAsync(id, cancellation));
        }
        await client.DisconnectAsync(true, cancellation);
        return messages;
    }
}
