using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Porta.Infrastructure;

internal enum DatabaseKind
{
    Sqlite,
    Postgres,
}

internal static class Database
{
    public const string DefaultSqlite = "Data Source=data/porta.db";

    /// <summary>Registers the context of the configured database (<c>Porta:Database</c>, sqlite by default)
    /// behind <see cref="PortaDbContext"/>, so the rest of the code never asks which one it is. Instances are
    /// pooled: a request rents one bound to its own <see cref="Tenant"/>, and gives it back at the end.</summary>
    public static IServiceCollection AddPortaDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var kind = KindOf(configuration);
        var connectionString = configuration.GetConnectionString("Porta");
        services.AddScoped<Tenant>();
        services.AddSingleton<OrganisationCache>();
        if (kind == DatabaseKind.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Porta:Database is postgres: set ConnectionStrings:Porta.");
            }
            services.AddPooledDbContextFactory<PostgresPortaDbContext>(o => o.UseNpgsql(PostgresTuned(connectionString)));
            services.AddScoped<PortaDbContext>(RentedFor<PostgresPortaDbContext>);
        }
        else
        {
            var sqlite = SqliteFileUnder(contentRoot, connectionString ?? DefaultSqlite);
            services.AddPooledDbContextFactory<SqlitePortaDbContext>(o => o.UseSqlite(sqlite).AddInterceptors(SqliteConnectionSettings.Instance));
            services.AddScoped<PortaDbContext>(RentedFor<SqlitePortaDbContext>);
        }
        return services;
    }

    /// <summary>The scope disposes the instance at its end, which returns it to the pool.</summary>
    private static PortaDbContext RentedFor<TContext>(IServiceProvider scope) where TContext : PortaDbContext
    {
        var db = scope.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
        db.UseTenant(scope.GetRequiredService<Tenant>());
        return db;
    }

    /// <summary>Statements are prepared once per physical connection and reused (every query of a request is
    /// one of a few shapes), and a connection going back to the pool skips its reset round trip — Porta
    /// sets no session state to reset. An operator's own settings in the connection string win.</summary>
    private static string PostgresTuned(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Max Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
        }
        if (!connectionString.Contains("No Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }
        return builder.ConnectionString;
    }

    public static DatabaseKind KindOf(IConfiguration configuration) =>
        configuration["Porta:Database"]?.ToLowerInvariant() switch
        {
            null or "" or "sqlite" => DatabaseKind.Sqlite,
            "postgres" or "postgresql" => DatabaseKind.Postgres,
            var other => throw new InvalidOperationException($"Porta:Database must be sqlite or postgres, not '{other}'."),
        };

    /// <summary>Makes a relative SQLite file live under the content root and creates its folder.</summary>
    private static string SqliteFileUnder(string contentRoot, string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && !builder.DataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            var path = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }
        builder.Pooling = true;
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }

    /// <summary>Applies pending migrations and sets SQLite to WAL; every node may call it at start.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortaDbContext>();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        await db.Database.MigrateAsync(cancellationToken);
    }
}

/// <summary>Lets <c>dotnet ef migrations add X --context SqlitePortaDbContext</c> build the model without a host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePortaDbContext>
{
    public SqlitePortaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePortaDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPortaDbContext>
{
    public PostgresPortaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPortaDbContext>().UseNpgsql("Host=localhost").Options);
}
