using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Porta.Infrastructure;

/// <summary>The production database. Migrations in Infrastructure/Migrations/Postgres.</summary>
internal sealed class PostgresPortaDbContext(DbContextOptions<PostgresPortaDbContext> options)
    : PortaDbContext(options)
{
    /// <summary>timestamptz takes UTC only; an offset from elsewhere is normalised rather than refused.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        builder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
    }

    /// <summary>Rows a single EF batch always holds: far below Npgsql's batch size, so the save is one batch.</summary>
    private const int OneBatch = 32;

    /// <summary>
    /// Without BEGIN and COMMIT: EF sends the rows as one Npgsql batch, which ends with a single Sync, and
    /// PostgreSQL runs everything before a Sync as one implicit transaction — a failing statement rolls back the
    /// ones before it. As atomic as an explicit transaction, one round trip (the COMMIT) shorter, which is a
    /// quarter of a registration's. Inside an explicit transaction, or for more rows, the usual save.
    /// </summary>
    public override async Task<int> SaveTogetherAsync(CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is not null || TrackedCount() > OneBatch)
        {
            return await SaveChangesAsync(cancellationToken);
        }
        var behaviour = Database.AutoTransactionBehavior;
        Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
        try
        {
            return await SaveChangesAsync(cancellationToken);
        }
        finally
        {
            Database.AutoTransactionBehavior = behaviour;
        }
    }

    /// <summary>How many entities are tracked, without detecting changes: the save does that once, after.</summary>
    private int TrackedCount()
    {
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return ChangeTracker.Entries().Count();
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
        v => v.ToUniversalTime(),
        v => v.ToUniversalTime());
}
