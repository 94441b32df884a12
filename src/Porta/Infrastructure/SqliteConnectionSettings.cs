using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Porta.Infrastructure;

/// <summary>
/// Settings of each SQLite connection (they are per connection, not stored in the file):
/// <list type="bullet">
/// <item><c>synchronous=NORMAL</c>: in WAL mode a commit is written to the log but not flushed to disk at once;
/// the database cannot be corrupted, but the last commits before a power cut (not a crash of Porta) may be
/// lost. That trade is what lets one SQLite file take a thousand questions a second; an installation that
/// cannot accept it runs PostgreSQL.</item>
/// <item><c>busy_timeout</c>: a writer that finds the file locked (by the outbox worker, another process) waits
/// inside SQLite, in short steps, instead of Microsoft.Data.Sqlite's coarse 150 ms retries.</item>
/// </list>
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSettings Instance = new();

    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
