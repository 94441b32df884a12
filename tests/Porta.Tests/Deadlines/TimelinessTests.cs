using Porta.Deadlines;
using static Porta.Tests.Deadlines.DeadlineTestData;

namespace Porta.Tests.Deadlines;

/// <summary>What reports count: answered in time, delay notified in time, late.</summary>
public sealed class TimelinessTests
{
    private const string Due = "2026-03-11T16:30:00+01:00";
    private const string Delayed = "2026-03-18T16:30:00+01:00";

    [Theory]
    // answered (or "-"), delayed to (or "-"), notice in time (y/n/-), now, expected
    [InlineData("2026-03-11T16:30:00+01:00", "-", "-", "2026-03-20T09:00:00+01:00", "AnsweredInTime")] // at the deadline exactly
    [InlineData("2026-03-11T16:31:00+01:00", "-", "-", "2026-03-20T09:00:00+01:00", "Late")]
    [InlineData("2026-03-10T09:00:00+01:00", Delayed, "y", "2026-03-20T09:00:00+01:00", "AnsweredInTime")] // a notice, then answered early anyway
    [InlineData("2026-03-17T10:00:00+01:00", Delayed, "y", "2026-03-20T09:00:00+01:00", "DelayNotifiedInTime")]
    [InlineData("2026-03-19T10:00:00+01:00", Delayed, "y", "2026-03-20T09:00:00+01:00", "Late")] // the new date was missed too
    [InlineData("2026-03-17T10:00:00+01:00", Delayed, "n", "2026-03-20T09:00:00+01:00", "Late")] // told only once already late
    [InlineData("-", "-", "-", "2026-03-11T16:00:00+01:00", "Pending")]
    [InlineData("-", "-", "-", "2026-03-11T16:31:00+01:00", "Late")]
    [InlineData("-", Delayed, "y", "2026-03-16T09:00:00+01:00", "Pending")]
    [InlineData("-", Delayed, "n", "2026-03-16T09:00:00+01:00", "Late")]
    [InlineData("-", Delayed, "y", "2026-03-18T16:31:00+01:00", "Late")]
    public void AnswersAreCountedAgainstTheDateThatHolds(string answered, string delayed, string noticeInTime, string now, string expected)
    {
        var timeliness = TimelinessClassifier.Classify(
            At(Due),
            delayed == "-" ? null : At(delayed),
            noticeInTime switch { "y" => true, "n" => false, _ => null },
            answered == "-" ? null : At(answered),
            At(now));
        Assert.Equal(Enum.Parse<Timeliness>(expected), timeliness);
    }
}
