namespace Porta.Components.Portal;

/// <summary>The registration number and the e-mail address used, to find one's question without the mail's link.</summary>
internal sealed class FollowLookupForm
{
    public string? Number { get; set; }
    public string? Email { get; set; }
}

/// <summary>A message on one's question, with the proof it is theirs: the link's token or the address used.</summary>
internal sealed class FollowReplyForm
{
    public string? Number { get; set; }
    public string? Token { get; set; }
    public string? Email { get; set; }
    public string? Body { get; set; }
}
