using System.ComponentModel.DataAnnotations;

namespace Porta.Infrastructure.Outbox;

/// <summary><c>Porta:Outbox</c>.</summary>
internal sealed class OutboxOptions
{
    public const string Section = "Porta:Outbox";

    /// <summary>Whether this node sends; switch off on nodes that only serve pages.</summary>
    public bool Enabled { get; set; } = true;
    [Range(50, 600_000)]
    public int PollMilliseconds { get; set; } = 1000;
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 20;
    /// <summary>How long a node holds a message it is sending before another may take it over.</summary>
    [Range(5, 3600)]
    public int LeaseSeconds { get; set; } = 120;
    /// <summary>The first retry waits this long, doubling each time up to an hour.</summary>
    [Range(1, 3600)]
    public int RetryBaseSeconds { get; set; } = 30;
}
