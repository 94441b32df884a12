using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Porta.Tests.Infrastructure;

/// <summary>
/// Porta on a database of its own — a fresh SQLite file, or a fresh PostgreSQL database on the test cluster —
/// sending mail to the real SMTP server. Extra settings and a fake clock can be given for one test's needs;
/// <c>sameDatabaseAs</c> starts a second node (or a restarted one) on another factory's database.
/// The deadline watcher is off unless a test turns it on.
/// </summary>
public sealed class PortaFactory : WebApplicationFactory<Program>
{
    public const string BootstrapToken = "test-bootstrap-token-0123456789abcdef";

    private readonly Db db;
    private readonly string databaseName = "porta_" + Guid.NewGuid().ToString("N");
    private readonly string sqliteFile;
    private readonly Dictionary<string, string?> settings;
    private readonly bool ownsDatabase;

    public PortaFactory(Db db, Dictionary<string, string?>? settings = null, FakeTimeProvider? time = null, PortaFactory? sameDatabaseAs = null)
    {
        this.db = sameDatabaseAs?.db ?? db;
        Time = time;
        ownsDatabase = sameDatabaseAs is null;
        sqliteFile = Path.Combine(Path.GetTempPath(), databaseName + ".db");
        this.settings = new Dictionary<string, string?>
        {
            ["Porta:Database"] = this.db == Db.Sqlite ? "sqlite" : "postgres",
            ["ConnectionStrings:Porta"] = sameDatabaseAs?.settings["ConnectionStrings:Porta"]
                ?? (this.db == Db.Sqlite ? $"Data Source={sqliteFile}" : CreatePostgresDatabase()),
            ["Porta:BootstrapToken"] = BootstrapToken,
            ["Porta:DemoData"] = "false",
            ["Porta:PublicUrl"] = "https://porta.example.test",
            ["Porta:Smtp:Host"] = TestEnvironment.SmtpHost,
            ["Porta:Smtp:Port"] = TestEnvironment.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Porta:Smtp:Security"] = "None",
            ["Porta:Smtp:From"] = "frontoffice@porta.example.test",
            ["Porta:Outbox:PollMilliseconds"] = "100",
            ["Porta:Outbox:RetryBaseSeconds"] = "1",
            ["Porta:RateLimiting:PublicPerMinute"] = "100000",
            ["Porta:RateLimiting:SignInPerMinute"] = "100000",
            ["Porta:Deadlines:WatcherEnabled"] = "false",
        };
        foreach (var (key, value) in settings ?? [])
        {
            this.settings[key] = value;
        }
    }

    public Db Database => db;

    /// <summary>This instance's database, for a second instance on the same data (another node, a restart).</summary>
    public string ConnectionString => settings["ConnectionStrings:Porta"]!;
    public FakeTimeProvider? Time { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Pages link the build's static assets (NL Design System CSS, blazor.web.js); outside Development they are
        // served only from published output unless this is said, and the browser tests need them as a person gets them.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        if (Time is not null)
        {
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time)));
        }
    }

    private string CreatePostgresDatabase()
    {
        using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {databaseName}", connection);
        command.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(TestEnvironment.Postgres) { Database = databaseName }.ConnectionString;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!ownsDatabase)
        {
            return;
        }
        if (db == Db.Postgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), databaseName + ".db*"))
            {
                File.Delete(file);
            }
        }
    }
}
