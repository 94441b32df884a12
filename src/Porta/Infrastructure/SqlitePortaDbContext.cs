using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Porta.Infrastructure;

/// <summary>The embedded database. Migrations in Infrastructure/Migrations/Sqlite.</summary>
internal sealed class SqlitePortaDbContext(DbContextOptions<SqlitePortaDbContext> options, Tenant tenant)
    : PortaDbContext(options, tenant)
{
    /// <summary>SQLite cannot compare or order DateTimeOffset values: instants are stored as UTC
    /// date-times in ISO text, which sort as time does.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        builder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTimeOffset, DateTime>(
        v => v.UtcDateTime,
        v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));
}
