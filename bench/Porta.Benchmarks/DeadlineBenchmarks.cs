using BenchmarkDotNet.Attributes;
using Porta.Deadlines;

namespace Porta.Benchmarks;

/// <summary>
/// Deadline computation over a spread of receipt times (every hour of the day, weekends, holidays, both
/// daylight-saving changes), as the registration of a question and the deadline watcher do it. Each
/// reported operation is one deadline.
/// </summary>
[MemoryDiagnoser]
public class DeadlineBenchmarks
{
    private const int Receipts = 4096;

    private readonly DateTimeOffset[] _receipts = new DateTimeOffset[Receipts];
    private WorkingCalendar _calendar = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calendar = WorkingCalendar.Create(CalendarSettings.BelgianFederalDefault with
        {
            AnnualClosureDays = CalendarSettings.FederalCivilServiceDays,
        });
        // A fixed seed, so every run measures the same receipts.
        var random = new Random(20250303);
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < Receipts; i++)
        {
            _receipts[i] = start.AddMinutes(random.Next(0, 2 * 366 * 24 * 60));
        }
        // Warm the calendar's year cache as a long-running server would have it.
        foreach (var receipt in _receipts)
        {
            DeadlineCalculator.DueAt(_calendar, receipt, SlaDuration.WorkingDays(5));
        }
    }

    [Benchmark(OperationsPerInvoke = Receipts)]
    public long WorkingDays2() => Run(SlaDuration.WorkingDays(2));

    [Benchmark(OperationsPerInvoke = Receipts)]
    public long WorkingDays5() => Run(SlaDuration.WorkingDays(5));

    [Benchmark(OperationsPerInvoke = Receipts)]
    public long WorkingHours3() => Run(SlaDuration.WorkingHours(3));

    [Benchmark(OperationsPerInvoke = Receipts)]
    public long WorkingHours40() => Run(SlaDuration.WorkingHours(40));

    [Benchmark(OperationsPerInvoke = Receipts)]
    public long CalendarHours24() => Run(SlaDuration.CalendarHours(24));

    /// <summary>"Working time left" for a deadline three days after receipt.</summary>
    [Benchmark(OperationsPerInvoke = Receipts)]
    public long WorkingTimeBetween()
    {
        long sum = 0;
        foreach (var receipt in _receipts)
        {
            sum += DeadlineCalculator.WorkingTimeBetween(_calendar, receipt, receipt.AddDays(3)).Ticks;
        }
        return sum;
    }

    private long Run(SlaDuration duration)
    {
        long sum = 0;
        foreach (var receipt in _receipts)
        {
            sum += DeadlineCalculator.DueAt(_calendar, receipt, duration).UtcTicks;
        }
        return sum;
    }
}
