using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Porta.Infrastructure;

namespace Porta.Questions;

internal sealed record AttachmentUpload(string RegistrationNumber, string FileName, string ContentType, Stream Content, Guid? MessageId, Actor Actor);

/// <summary>
/// Joins a file to a question's message — typically the scan of a letter or fax registered by an agent. Only
/// document and image types are kept; the name is reduced to a plain file name; the bytes are stored once per
/// content (SHA-256), in the database, so every node serves them.
/// </summary>
internal sealed class AddAttachment(PortaDbContext db, TimeProvider time, IConfiguration configuration)
{
    public static readonly IReadOnlySet<string> AllowedTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "application/pdf", "image/png", "image/jpeg", "image/tiff", "image/gif", "text/plain",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.oasis.opendocument.text",
    };

    public static long MaxBytes(IConfiguration configuration) => configuration.GetValue("Porta:Limits:MaxAttachmentBytes", 10L * 1024 * 1024);

    public async Task<Attachment> HandleAsync(AttachmentUpload upload, CancellationToken cancellationToken)
    {
        var question = await db.GetByNumberAsync(upload.RegistrationNumber, cancellationToken);
        var contentType = upload.ContentType.Split(';')[0].Trim();
        if (!AllowedTypes.Contains(contentType))
        {
            throw new FieldException("file", "This kind of file is not accepted: send a PDF, an image, a text or a word-processor document.");
        }
        var fileName = SafeFileName(upload.FileName);
        var bytes = await ReadLimitedAsync(upload.Content, MaxBytes(configuration), cancellationToken);
        var messageId = upload.MessageId
            ?? await db.Messages.Where(m => m.QuestionId == question.Id && m.Direction == MessageDirection.Inbound)
                .OrderBy(m => m.CreatedAt).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken);
        if (messageId is null || !await db.Messages.AnyAsync(m => m.Id == messageId && m.QuestionId == question.Id, cancellationToken))
        {
            throw new FieldException("messageId", "There is no such message on this question.");
        }
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!await db.AttachmentContents.AnyAsync(c => c.Sha256 == sha256, cancellationToken))
        {
            db.AttachmentContents.Add(new AttachmentContent { Sha256 = sha256, Bytes = bytes });
        }
        var attachment = new Attachment
        {
            OrganisationId = question.OrganisationId,
            MessageId = messageId.Value,
            FileName = fileName,
            ContentType = contentType.ToLowerInvariant(),
            Size = bytes.Length,
            Sha256 = sha256,
        };
        db.Attachments.Add(attachment);
        question.Record(QuestionEventKind.AttachmentAdded, upload.Actor, time.GetUtcNow(), fileName);
        await db.SaveChangesAsync(cancellationToken);
        return attachment;
    }

    /// <summary>"..\..\scan.pdf", "C:\x\scan.pdf" or a name with control characters becomes "scan.pdf".</summary>
    public static string SafeFileName(string? name)
    {
        var last = (name ?? "").Replace('\\', '/').Split('/').LastOrDefault() ?? "";
        var clean = new string(last.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')).ToArray()).Trim().TrimStart('.');
        if (clean.Length == 0)
        {
            return "attachment";
        }
        return clean.Length > 200 ? clean[^200..] : clean;
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new PayloadTooLargeException(maxBytes);
            }
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
        {
            throw new FieldException("file", "The file is empty.");
        }
        return buffer.ToArray();
    }
}
