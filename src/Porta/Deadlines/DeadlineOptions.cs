using System.ComponentModel.DataAnnotations;

namespace Porta.Deadlines;

/// <summary><c>Porta:Deadlines</c>.</summary>
internal sealed class DeadlineOptions
{
    public const string Section = "Porta:Deadlines";

    /// <summary>A question is at risk when this much working time or less is left before its deadline.</summary>
    [Range(1, 200)]
    public int AtRiskWorkingHours { get; set; } = 4;

    /// <summary>Whether this node runs the watcher that sends reminders; every node may, they never send twice.</summary>
    public bool WatcherEnabled { get; set; } = true;

    [Range(1, 86_400)]
    public int WatcherPollSeconds { get; set; } = 60;

    public TimeSpan AtRiskThreshold => TimeSpan.FromHours(AtRiskWorkingHours);
}
