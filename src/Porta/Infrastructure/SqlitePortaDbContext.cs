using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Porta.Infrastructure;

/// <summary>The embedded database. Migrations in Infrastructure/Migrations/Sqlite.</summary>
internal sealed class SqlitePortaDbContext(DbContextOptions<SqlitePortaDbContext> options)
    : PortaDbContext(options)
{
    /// <summary>One per database file: SQLite lets one writer in at a time, whoever holds the lock.</summary>
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriteGates = new(StringComparer.Ordinal);

    /// <summary>SQLite cannot compare or order DateTimeOffset values: instants are stored as UTC
    /// date-times in ISO text, which sort as time does.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        builder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeConverter>();
    }

    /// <summary>Writers of this process queue here, without holding a thread, instead of all reaching for
    /// the file lock and sleeping in SQLite's busy handler: under load that keeps the lock busy and the
    /// waits short. Readers are not held (WAL lets them read while one writes).</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var gate = WriteGates.GetOrAdd(Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTimeOffset, DateTime>(
        v => v.UtcDateTime,
        v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));
}
