using Porta.Infrastructure;

namespace Porta.Questions;

/// <summary>A file joined to a message. Its bytes live once in <see cref="AttachmentContent"/>, keyed by
/// their SHA-256, so the same scan sent twice is stored once and every node can serve it.</summary>
internal sealed class Attachment : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }
    public Guid MessageId { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public long Size { get; init; }
    public required string Sha256 { get; init; }
}

internal sealed class AttachmentContent
{
    public required string Sha256 { get; init; }
    public required byte[] Bytes { get; init; }
}
