namespace Porta.Channels.Email;

/// <summary>A mail as the outbox keeps it until it is sent: plain data, so a retry on another node
/// builds exactly the same message, with the same Message-ID.</summary>
internal sealed record OutgoingMail(
    string ToAddress,
    string ToName,
    string Subject,
    string TextBody,
    string MessageId,
    string? InReplyTo = null,
    IReadOnlyList<string>? References = null,
    string? FromName = null);
