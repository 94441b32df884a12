using System.Collections.Concurrent;

namespace Porta.Infrastructure;

/// <summary>
/// Values read from the database and kept for <see cref="Lifetime"/>, for the settings every request reads
/// and administrators rarely change (organisations, their teams, categories and policies). A save through a
/// <see cref="PortaDbContext"/> of this process that changes them calls <see cref="Clear"/>; another node's
/// change, or a bulk update, is seen within <see cref="Lifetime"/> (ADR 0008). The values are shared by
/// concurrent requests: they are read, never changed.
/// </summary>
internal sealed class ExpiringCache<TKey, TValue> where TKey : notnull where TValue : class
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<TKey, Entry> entries;
    /// <summary>Bumped by every <see cref="Clear"/>, so a read that raced with a change does not put back what it read.</summary>
    private long generation;

    public ExpiringCache(IEqualityComparer<TKey>? comparer = null) => entries = new(comparer);

    /// <summary>The value kept for <paramref name="key"/>, else what <paramref name="load"/> reads (nothing is
    /// kept when it finds nothing). The state argument lets callers pass a static lambda: no allocation on a hit.</summary>
    public async ValueTask<TValue?> GetOrLoadAsync<TState>(TKey key, TState state,
        Func<TState, TKey, CancellationToken, Task<TValue?>> load, CancellationToken cancellationToken)
    {
        if (entries.TryGetValue(key, out var entry) && Environment.TickCount64 < entry.ExpiresAt)
        {
            return entry.Value;
        }
        var seen = Interlocked.Read(ref generation);
        var value = await load(state, key, cancellationToken);
        if (value is not null && Interlocked.Read(ref generation) == seen)
        {
            entries[key] = new Entry(value, Environment.TickCount64 + (long)Lifetime.TotalMilliseconds);
        }
        return value;
    }

    public void Clear()
    {
        Interlocked.Increment(ref generation);
        entries.Clear();
    }

    private sealed record Entry(TValue Value, long ExpiresAt);
}
