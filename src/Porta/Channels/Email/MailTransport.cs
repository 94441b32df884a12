using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

namespace Porta.Channels.Email;

/// <summary>Builds the MIME message of an <see cref="OutgoingMail"/> and hands it to the SMTP server,
/// or to the pickup directory when no server is configured.</summary>
internal sealed class MailTransport(IOptions<SmtpOptions> options, IHostEnvironment environment) : IAsyncDisposable
{
    private readonly SmtpOptions smtp = options.Value;
    private SmtpClient? client;

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var message = Build(mail);
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            var folder = Path.GetFullPath(smtp.PickupDirectory, environment.ContentRootPath);
            Directory.CreateDirectory(folder);
            await message.WriteToAsync(Path.Combine(folder, $"{Guid.NewGuid():N}.eml"), cancellationToken);
            return;
        }
        var connected = await ConnectedClientAsync(cancellationToken);
        await connected.SendAsync(message, cancellationToken);
    }

    public MimeMessage Build(OutgoingMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(HeaderText(mail.FromName ?? smtp.FromName), smtp.From));
        message.To.Add(new MailboxAddress(HeaderText(mail.ToName), mail.ToAddress));
        message.Subject = HeaderText(mail.Subject);
        message.MessageId = mail.MessageId.Trim('<', '>');
        if (mail.InReplyTo is not null)
        {
            message.InReplyTo = mail.InReplyTo.Trim('<', '>');
        }
        foreach (var reference in mail.References ?? [])
        {
            message.References.Add(reference.Trim('<', '>'));
        }
        message.Body = new TextPart(TextFormat.Plain) { Text = mail.TextBody };
        return message;
    }

    /// <summary>Names and subjects come from outside: they lose line breaks before they reach a header.</summary>
    public static string HeaderText(string value) =>
        value.Replace('\r', ' ').Replace('\n', ' ').Trim();

    private async Task<SmtpClient> ConnectedClientAsync(CancellationToken cancellationToken)
    {
        if (client is { IsConnected: true })
        {
            return client;
        }
        client?.Dispose();
        client = new SmtpClient { Timeout = 30_000 };
        var security = smtp.Security switch
        {
            SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
            SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
            _ => SecureSocketOptions.None,
        };
        await client.ConnectAsync(smtp.Host!, smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.User))
        {
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken);
        }
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (client is { IsConnected: true })
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        client?.Dispose();
    }
}
