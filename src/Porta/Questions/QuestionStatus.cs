namespace Porta.Questions;

public enum QuestionStatus
{
    New,
    Open,
    Transferred,
    WaitingForPerson,
    Answered,
    Closed,
}

/// <summary>The life of a question. A change that is not listed here is refused (409), never applied silently.</summary>
internal static class QuestionStatusRules
{
    private static readonly Dictionary<QuestionStatus, QuestionStatus[]> Allowed = new()
    {
        [QuestionStatus.New] = [QuestionStatus.Open, QuestionStatus.Transferred, QuestionStatus.WaitingForPerson, QuestionStatus.Answered, QuestionStatus.Closed],
        [QuestionStatus.Open] = [QuestionStatus.Transferred, QuestionStatus.WaitingForPerson, QuestionStatus.Answered, QuestionStatus.Closed],
        [QuestionStatus.Transferred] = [QuestionStatus.Open, QuestionStatus.Transferred, QuestionStatus.WaitingForPerson, QuestionStatus.Answered, QuestionStatus.Closed],
        [QuestionStatus.WaitingForPerson] = [QuestionStatus.Open, QuestionStatus.Transferred, QuestionStatus.Answered, QuestionStatus.Closed],
        [QuestionStatus.Answered] = [QuestionStatus.Open, QuestionStatus.Transferred, QuestionStatus.WaitingForPerson, QuestionStatus.Answered, QuestionStatus.Closed],
        // A closed question comes back only when the person writes again.
        [QuestionStatus.Closed] = [QuestionStatus.Open],
    };

    public static bool CanMove(QuestionStatus from, QuestionStatus to) => Allowed[from].Contains(to);

    /// <summary>Moves the question or throws <see cref="InvalidTransitionException"/>.</summary>
    public static void Move(Question question, QuestionStatus to)
    {
        if (!CanMove(question.Status, to))
        {
            throw new InvalidTransitionException(question.Status, to);
        }
        question.Status = to;
    }

    /// <summary>The status after the person writes again: anything finished or waiting is re-opened.</summary>
    public static QuestionStatus AfterInboundMessage(QuestionStatus current) => current switch
    {
        QuestionStatus.Answered or QuestionStatus.Closed or QuestionStatus.WaitingForPerson => QuestionStatus.Open,
        _ => current,
    };

    public static bool IsFinished(QuestionStatus status) => status is QuestionStatus.Closed;
}

internal sealed class InvalidTransitionException(QuestionStatus from, QuestionStatus to)
    : Exception($"A question that is {from} cannot become {to}.")
{
    public QuestionStatus From { get; } = from;
    public QuestionStatus To { get; } = to;
}
