using Porta.Infrastructure;

namespace Porta.Questions;

internal enum MessageDirection
{
    /// <summary>From the person to the organisation.</summary>
    Inbound,
    /// <summary>From the organisation to the person.</summary>
    Outbound,
    /// <summary>An internal note between agents, never shown to the person.</summary>
    Note,
}

internal enum DeliveryStatus
{
    NotApplicable,
    Pending,
    Sent,
    Failed,
}

internal sealed class Message : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }
    public Guid QuestionId { get; init; }
    public MessageDirection Direction { get; init; }
    public Channel Channel { get; init; }
    public required string BodyText { get; init; }
    /// <summary>Sanitised HTML, when the message came as HTML mail.</summary>
    public string? BodyHtml { get; init; }
    public string? FromAddress { get; init; }
    public string? ToAddress { get; init; }
    /// <summary>The RFC 5322 Message-ID, so replies thread back to the question.</summary>
    public string? MailMessageId { get; init; }
    public Guid? AuthorAgentId { get; init; }
    public string? AuthorName { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DeliveryStatus Delivery { get; set; }
    public List<Attachment> Attachments { get; init; } = [];

    /// <summary>An internal note on a question: for colleagues only.</summary>
    public static Message Note(Question question, string body, Actor author, DateTimeOffset at) => new()
    {
        OrganisationId = question.OrganisationId,
        QuestionId = question.Id,
        Direction = MessageDirection.Note,
        Channel = question.Channel,
        BodyText = body,
        AuthorAgentId = author.AgentId,
        AuthorName = author.Name,
        CreatedAt = at,
    };
}
