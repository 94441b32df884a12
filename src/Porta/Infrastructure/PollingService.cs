namespace Porta.Infrastructure;

/// <summary>
/// A background job that works in rounds until the host stops: a round, the pause it asks for, the next
/// round. A round that fails is logged and the next one waits <see cref="BackOff"/>, so a database that is
/// down for a while neither ends the job nor is hammered by it. Stopping cancels the round or the pause
/// under way and ends the job without an error.
/// </summary>
internal abstract partial class PollingService(TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>The pause after a failed round.</summary>
    public static readonly TimeSpan BackOff = TimeSpan.FromSeconds(5);

    /// <summary>The clock the pauses are measured with, and the one a round reads the time from.</summary>
    protected TimeProvider Time { get; } = time;

    /// <summary>One round of work; returns how long to wait before the next (<see cref="TimeSpan.Zero"/>: at once).</summary>
    protected abstract Task<TimeSpan> RunRoundAsync(CancellationToken stoppingToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan pause;
            try
            {
                pause = await RunRoundAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogRoundFailure(logger, GetType().Name, BackOff, e);
                pause = BackOff;
            }
            if (pause > TimeSpan.Zero)
            {
                // A stop during the pause ends the wait, and the loop's condition ends the job.
                await Task.Delay(pause, Time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Job} round failed; the next one starts in {BackOff}")]
    private static partial void LogRoundFailure(ILogger logger, string job, TimeSpan backOff, Exception e);
}
