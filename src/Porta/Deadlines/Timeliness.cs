using System.Text.Json.Serialization;

namespace Porta.Deadlines;

/// <summary>How a question kept the first-answer promise, as reports count it (charter: answered in time,
/// delay notified in time, late).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Timeliness>))]
internal enum Timeliness
{
    /// <summary>Not answered yet, and no promise broken so far.</summary>
    Pending,
    AnsweredInTime,
    /// <summary>Answered after the first date, but the person was told in time and the new date was kept.</summary>
    DelayNotifiedInTime,
    Late,
}

internal static class TimelinessClassifier
{
    /// <summary>
    /// <paramref name="answeredAt"/> is the first answer (or the closing of a question closed without one);
    /// <paramref name="delayNotifiedInTime"/> is true when every delay notice reached the person before the
    /// date then promised. A late notice does not rescue a late answer, and an unanswered question is late
    /// as soon as the date that counts has passed.
    /// </summary>
    public static Timeliness Classify(DateTimeOffset answerDueAt, DateTimeOffset? delayedDueAt, bool? delayNotifiedInTime,
        DateTimeOffset? answeredAt, DateTimeOffset now)
    {
        var counts = delayNotifiedInTime == true && delayedDueAt is { } delayed ? delayed : answerDueAt;
        if (answeredAt is { } answered)
        {
            return answered <= answerDueAt ? Timeliness.AnsweredInTime
                : answered <= counts ? Timeliness.DelayNotifiedInTime
                : Timeliness.Late;
        }
        return now > counts ? Timeliness.Late : Timeliness.Pending;
    }
}
