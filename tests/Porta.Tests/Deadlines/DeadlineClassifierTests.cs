using Porta.Deadlines;
using static Porta.Tests.Deadlines.DeadlineTestData;

namespace Porta.Tests.Deadlines;

public sealed class DeadlineClassifierTests
{
    [Theory]
    [InlineData("2025-03-03T10:00:00+01:00", "2025-03-05T16:30:00+01:00", "OnTime")]
    [InlineData("2025-03-05T11:30:00+01:00", "2025-03-05T16:30:00+01:00", "OnTime")] // 4.5 working hours left
    [InlineData("2025-03-05T12:00:00+01:00", "2025-03-05T16:30:00+01:00", "AtRisk")] // exactly 4 working hours left
    [InlineData("2025-03-05T12:30:00+01:00", "2025-03-05T16:30:00+01:00", "AtRisk")] // lunch does not count
    [InlineData("2025-03-05T12:45:00+01:00", "2025-03-05T16:30:00+01:00", "AtRisk")]
    [InlineData("2025-03-07T15:30:00+01:00", "2025-03-10T11:00:00+01:00", "AtRisk")] // the weekend does not count
    [InlineData("2025-03-05T16:30:00+01:00", "2025-03-05T16:30:00+01:00", "AtRisk")] // due now
    [InlineData("2025-03-05T16:30:01+01:00", "2025-03-05T16:30:00+01:00", "Overdue")]
    [InlineData("2025-03-10T09:00:00+01:00", "2025-03-05T16:30:00+01:00", "Overdue")]
    public void NearOrPassedDeadlinesAreFlagged(string now, string due, string state) =>
        Assert.Equal(Enum.Parse<DeadlineState>(state), DeadlineClassifier.Classify(Federal, At(now), At(due)));

    [Fact]
    public void TheThresholdCanBeChosen()
    {
        Assert.Equal(DeadlineState.AtRisk,
            DeadlineClassifier.Classify(Federal, At("2025-03-04T10:00:00+01:00"), At("2025-03-05T16:30:00+01:00"), TimeSpan.FromHours(14)));
        Assert.Equal(DeadlineState.OnTime,
            DeadlineClassifier.Classify(Federal, At("2025-03-05T15:00:00+01:00"), At("2025-03-05T16:30:00+01:00"), TimeSpan.FromHours(1)));
    }
}
