namespace Porta.Questions;

/// <summary>How a question reached the organisation.</summary>
public enum Channel
{
    Web,
    Email,
    Phone,
    Letter,
    Fax,
}

internal static class ChannelRules
{
    /// <summary>The charter: the answer goes back through the channel of arrival, except letters and
    /// faxes, which are answered by e-mail.</summary>
    public static Channel AnswerChannel(Channel arrival) => arrival switch
    {
        Channel.Letter or Channel.Fax or Channel.Web => Channel.Email,
        _ => arrival,
    };

    /// <summary>Channels where the agent states when the contact arrived (a letter opened today may have
    /// arrived on Friday); the others are received when registered.</summary>
    public static bool TakesReceivedAt(Channel channel) => channel is Channel.Letter or Channel.Fax or Channel.Phone;
}
