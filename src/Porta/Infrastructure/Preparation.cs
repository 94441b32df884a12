using Porta.Administration;

namespace Porta.Infrastructure;

/// <summary>
/// Before anything is served or sent: migrates the database, then creates the roles, the bootstrap token
/// and the demo organisation if asked. A hosted service, not code in Main, so that the test host and every
/// node of a cluster go through it alike.
/// </summary>
internal sealed class Preparation(IServiceProvider services, IConfiguration configuration, TimeProvider time, ILogger<Preparation> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await Database.MigrateAsync(services, cancellationToken);
        await Bootstrap.RunAsync(services, configuration, time, cancellationToken);
        if (configuration.GetValue("Porta:DemoData", false))
        {
            await DemoData.LoadAsync(services, time, cancellationToken);
            logger.LogInformation("Demo organisation '{Slug}' ready. Agents sign in with password {Password}: {Agents}",
                DemoData.Slug, DemoData.Password, string.Join(", ", DemoData.Agents.Select(a => a.Email)));
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
