[assembly: AssemblyFixture(typeof(Porta.Tests.Infrastructure.TestApps))]

namespace Porta.Tests.Infrastructure;

/// <summary>One running Porta per database, shared by the tests of the whole assembly. Tests stay apart by
/// working in an organisation of their own (<see cref="TestOrganisation"/>).</summary>
public sealed class TestApps : IAsyncDisposable
{
    private readonly Lazy<PortaFactory> sqlite = new(() => Started(new PortaFactory(Db.Sqlite)));
    private readonly Lazy<PortaFactory> postgres = new(() => Started(new PortaFactory(Db.Postgres)));

    public PortaFactory this[Db db] => db == Db.Sqlite ? sqlite.Value : postgres.Value;

    private static PortaFactory Started(PortaFactory factory)
    {
        _ = factory.Server;
        return factory;
    }

    public async ValueTask DisposeAsync()
    {
        if (sqlite.IsValueCreated)
        {
            await sqlite.Value.DisposeAsync();
        }
        if (postgres.IsValueCreated)
        {
            await postgres.Value.DisposeAsync();
        }
    }
}
