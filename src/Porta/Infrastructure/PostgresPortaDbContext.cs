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

    private sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
        v => v.ToUniversalTime(),
        v => v.ToUniversalTime());
}
