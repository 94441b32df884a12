using System.Reflection;
using Xunit.Sdk;
using Xunit.v3;

namespace Porta.Tests.Infrastructure;

/// <summary>The databases every data test runs on.</summary>
public enum Db
{
    Sqlite,
    Postgres,
}

/// <summary>Runs a theory once per database: <c>[Theory, BothDatabases]</c> with a <see cref="Db"/> parameter.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BothDatabasesAttribute : DataAttribute
{
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        new([new TheoryDataRow(Db.Sqlite), new TheoryDataRow(Db.Postgres)]);

    public override bool SupportsDiscoveryEnumeration() => true;
}
