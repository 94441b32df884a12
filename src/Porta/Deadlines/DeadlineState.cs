using System.Text.Json.Serialization;

namespace Porta.Deadlines;

[JsonConverter(typeof(JsonStringEnumConverter<DeadlineState>))]
internal enum DeadlineState
{
    OnTime,
    AtRisk,
    Overdue,
}

/// <summary>Flags questions whose deadline is near or passed, so the front office can send a reminder
/// in time (charter: the "réaction").</summary>
internal static class DeadlineClassifier
{
    public static readonly TimeSpan DefaultAtRiskThreshold = TimeSpan.FromHours(4);

    /// <summary>
    /// Overdue once <paramref name="now"/> is past <paramref name="dueAt"/>; at risk when at most
    /// <paramref name="atRiskThreshold"/> of working time (default 4 working hours) is left, so a
    /// deadline on Monday morning is already at risk on Friday afternoon.
    /// </summary>
    public static DeadlineState Classify(WorkingCalendar calendar, DateTimeOffset now, DateTimeOffset dueAt, TimeSpan? atRiskThreshold = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (now > dueAt)
        {
            return DeadlineState.Overdue;
        }
        var threshold = atRiskThreshold ?? DefaultAtRiskThreshold;
        return calendar.WorkingTimeBetween(now, dueAt) <= threshold ? DeadlineState.AtRisk : DeadlineState.OnTime;
    }
}
