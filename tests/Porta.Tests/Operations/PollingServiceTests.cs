using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Porta.Infrastructure;

namespace Porta.Tests.Operations;

/// <summary>
/// The loop the outbox sender and the deadline watcher run in, on a fake clock and without a database: a
/// failing round must neither end the job nor be retried before the back-off, and stopping the node must end
/// the job at once and quietly, whether it is pausing or working.
/// </summary>
public sealed class PollingServiceTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_failing_round_is_logged_and_retried_after_the_back_off()
    {
        var serverDown = new IOException("The database server did not answer");
        var timedOut = new OperationCanceledException("A command timed out");
        using var job = new ScriptedJob(
            _ => throw serverDown,
            _ => throw timedOut,
            _ => Task.FromResult(TimeSpan.FromHours(1)));

        await job.StartAsync(TestContext.Current.CancellationToken);
        await job.RoundStartedAsync(1);
        Assert.Equal(PollingService.BackOff, await job.Clock.PauseStartedAsync());
        Assert.Equal([(LogLevel.Error, serverDown)], job.Log.Errors());

        job.Clock.Advance(PollingService.BackOff - TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, job.Rounds);
        job.Clock.Advance(TimeSpan.FromMilliseconds(1));
        await job.RoundStartedAsync(2);
        Assert.Equal(PollingService.BackOff, await job.Clock.PauseStartedAsync()); // a timeout is a failure too, not a stop
        Assert.Equal([(LogLevel.Error, serverDown), (LogLevel.Error, timedOut)], job.Log.Errors());

        job.Clock.Advance(PollingService.BackOff);
        await job.RoundStartedAsync(3);
        Assert.Equal(TimeSpan.FromHours(1), await job.Clock.PauseStartedAsync());
        Assert.Equal(2, job.Log.Errors().Count);
    }

    [Fact]
    public async Task The_next_round_starts_once_the_pause_the_round_asked_for_is_over()
    {
        using var job = new ScriptedJob(
            _ => Task.FromResult(TimeSpan.Zero), // a full batch: more is waiting
            _ => Task.FromResult(TimeSpan.FromMinutes(1)),
            _ => Task.FromResult(TimeSpan.FromMinutes(1)));

        await job.StartAsync(TestContext.Current.CancellationToken);
        await job.RoundStartedAsync(2);
        Assert.Equal(TimeSpan.FromMinutes(1), await job.Clock.PauseStartedAsync());
        job.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(2, job.Rounds);
        job.Clock.Advance(TimeSpan.FromSeconds(1));
        await job.RoundStartedAsync(3);
        Assert.Empty(job.Log.Errors());
    }

    [Fact]
    public async Task Stopping_during_a_pause_ends_the_job_at_once()
    {
        using var job = new ScriptedJob(_ => Task.FromResult(TimeSpan.FromHours(1)));
        await job.StartAsync(TestContext.Current.CancellationToken);
        await job.Clock.PauseStartedAsync();

        await job.StopAsync(TestContext.Current.CancellationToken).WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.True(job.ExecuteTask!.IsCompletedSuccessfully);
        Assert.Equal(1, job.Rounds);
        Assert.Empty(job.Log.Errors());
    }

    [Fact]
    public async Task Stopping_during_a_round_cancels_it_and_ends_the_job_without_an_error()
    {
        using var job = new ScriptedJob(async stopping =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, stopping); // a round that would never end on its own
            return TimeSpan.Zero;
        });
        await job.StartAsync(TestContext.Current.CancellationToken);
        await job.RoundStartedAsync(1);

        await job.StopAsync(TestContext.Current.CancellationToken).WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.True(job.ExecuteTask!.IsCompletedSuccessfully);
        Assert.Equal(1, job.Rounds);
        Assert.Empty(job.Log.Errors());
    }

    /// <summary>A job whose rounds do what the test says, in order, and tell when each starts.</summary>
    private sealed class ScriptedJob : PollingService
    {
        private readonly Func<CancellationToken, Task<TimeSpan>>[] rounds;
        private readonly Channel<int> started = Channel.CreateUnbounded<int>();
        private int count;

        public ScriptedJob(params Func<CancellationToken, Task<TimeSpan>>[] rounds) : this(new WatchedClock(), new RecordingLogger(), rounds)
        {
        }

        private ScriptedJob(WatchedClock clock, RecordingLogger log, Func<CancellationToken, Task<TimeSpan>>[] rounds) : base(clock, log)
        {
            Clock = clock;
            Log = log;
            this.rounds = rounds;
        }

        public WatchedClock Clock { get; }
        public RecordingLogger Log { get; }
        public int Rounds => Volatile.Read(ref count);

        protected override Task<TimeSpan> RunRoundAsync(CancellationToken stoppingToken)
        {
            var round = Interlocked.Increment(ref count);
            started.Writer.TryWrite(round);
            Assert.True(round <= rounds.Length, $"Round {round} was not expected.");
            return rounds[round - 1](stoppingToken);
        }

        public async Task RoundStartedAsync(int round)
        {
            while (await started.Reader.ReadAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(Patience, TestContext.Current.CancellationToken) < round)
            {
            }
        }
    }

    /// <summary>A fake clock that tells when the job starts a pause, and how long, so the test advances time
    /// only once the job is waiting on it.</summary>
    private sealed class WatchedClock() : FakeTimeProvider(new DateTimeOffset(2026, 3, 9, 8, 0, 0, TimeSpan.Zero))
    {
        private readonly Channel<TimeSpan> pauses = Channel.CreateUnbounded<TimeSpan>();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            pauses.Writer.TryWrite(dueTime);
            return timer;
        }

        public Task<TimeSpan> PauseStartedAsync() =>
            pauses.Reader.ReadAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(Patience, TestContext.Current.CancellationToken);
    }

    private sealed class RecordingLogger : ILogger
    {
        private readonly ConcurrentQueue<(LogLevel Level, Exception? Exception)> entries = new();

        public List<(LogLevel, Exception?)> Errors() => [.. entries.Where(e => e.Level >= LogLevel.Error)];

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((logLevel, exception));

        public bool IsEnabled(LogLevel logLevel) => true;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    }
}
