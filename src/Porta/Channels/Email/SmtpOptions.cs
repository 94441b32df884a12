using System.ComponentModel.DataAnnotations;

namespace Porta.Channels.Email;

internal enum SmtpSecurity
{
    None,
    StartTls,
    Tls,
}

/// <summary><c>Porta:Smtp</c>. Without a host, mails are written as .eml files under
/// <see cref="PickupDirectory"/> instead, so a demo or a test machine loses none.</summary>
internal sealed class SmtpOptions
{
    public const string Section = "Porta:Smtp";

    public string? Host { get; set; }
    [Range(1, 65535)]
    public int Port { get; set; } = 25;
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;
    public string? User { get; set; }
    public string? Password { get; set; }
    [Required, EmailAddress]
    public string From { get; set; } = "frontoffice@porta.invalid";
    public string FromName { get; set; } = "Porta";
    public string PickupDirectory { get; set; } = "data/mail-pickup";
    /// <summary>How many times a mail is tried before it is marked failed on its question.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;
    /// <summary>The most acknowledgements one address receives in an hour; more are recorded, not sent.</summary>
    [Range(1, 1000)]
    public int AcknowledgementsPerAddressPerHour { get; set; } = 5;

    /// <summary>The domain of our Message-IDs, so replies can be recognised as answers to our mails.</summary>
    public string MessageIdDomain => From[(From.IndexOf('@', StringComparison.Ordinal) + 1)..];
}
