using Porta.Deadlines;
using static Porta.Tests.Deadlines.DeadlineTestData;

namespace Porta.Tests.Deadlines;

/// <summary>The clock every question's JSON, the list filters and the watcher read deadlines with.</summary>
public sealed class DeadlineClockTests
{
    private static DeadlineClock Clock(string now) => new(Federal, At(now), TimeSpan.FromHours(4));

    [Theory]
    [InlineData("2026-03-09T10:00:00+01:00", "2026-03-10T16:30:00+01:00", "OnTime", 810)] // Monday morning, due Tuesday's closing
    [InlineData("2026-03-10T12:00:00+01:00", "2026-03-10T16:30:00+01:00", "AtRisk", 240)] // lunch does not count
    [InlineData("2026-03-10T16:30:00+01:00", "2026-03-10T16:30:00+01:00", "AtRisk", 0)]
    [InlineData("2026-03-11T09:00:00+01:00", "2026-03-10T16:30:00+01:00", "Overdue", -30)]
    public void AStatusSaysTheStateAndTheWorkingMinutesLeft(string now, string due, string state, int minutes)
    {
        var status = Clock(now).StatusOf(At(due), awaitsFirstAnswer: true);
        Assert.Equal(new DeadlineStatus(Enum.Parse<DeadlineState>(state), minutes), status);
    }

    [Fact]
    public void AnAnsweredQuestionHasNoRunningDeadline() =>
        Assert.Null(Clock("2026-03-11T09:00:00+01:00").StatusOf(At("2026-03-10T16:30:00+01:00"), awaitsFirstAnswer: false));

    [Theory]
    [InlineData("2026-03-09T10:00:00+01:00", "2026-03-09T14:30:00+01:00")] // 2.5 h before lunch, 1.5 h after
    [InlineData("2026-03-09T13:30:00+01:00", "2026-03-10T09:30:00+01:00")] // 3 h today, then the first hour of Tuesday
    [InlineData("2026-03-06T15:00:00+01:00", "2026-03-09T11:30:00+01:00")] // Friday closes at 16:00; the weekend does not count
    [InlineData("2026-03-09T12:00:00+01:00", "2026-03-10T08:30:00+01:00")] // exactly 4 h to closing: Tuesday's opening has no more left
    public void AtRiskUntilIsTheLastDeadlineWithAtMostTheThresholdLeft(string now, string until)
    {
        var clock = Clock(now);
        var boundary = clock.AtRiskUntil;
        Assert.Equal(At(until), boundary);
        Assert.Equal(DeadlineState.AtRisk, DeadlineClassifier.Classify(Federal, clock.Now, boundary, clock.AtRiskThreshold));
        Assert.Equal(DeadlineState.OnTime, DeadlineClassifier.Classify(Federal, clock.Now, boundary.AddMinutes(1), clock.AtRiskThreshold));
    }

    [Fact]
    public void TheFilterBoundaryAgreesWithTheClassifierEverywhere()
    {
        var random = new Random(20260309);
        var start = At("2026-01-01T00:00:00+01:00");
        for (var i = 0; i < 2000; i++)
        {
            var clock = new DeadlineClock(Federal, start.AddMinutes(random.Next(0, 60 * 24 * 365)), TimeSpan.FromHours(random.Next(1, 20)));
            var due = clock.Now.AddMinutes(random.Next(0, 60 * 24 * 10));
            var byFilter = due <= clock.AtRiskUntil ? DeadlineState.AtRisk : DeadlineState.OnTime;
            Assert.Equal(DeadlineClassifier.Classify(Federal, clock.Now, due, clock.AtRiskThreshold), byFilter);
        }
    }
}
