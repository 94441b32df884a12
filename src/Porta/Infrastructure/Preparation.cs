using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Porta.Administration;

namespace Porta.Infrastructure;

/// <summary>
/// Before anything is served or sent: migrates the database, then creates the roles, the bootstrap token
/// and the demo organisation if asked. A hosted service, not code in Main, so that the test host and every
/// node of a cluster go through it alike. Once listening, says where to go and, with the demo, how to sign in.
/// </summary>
internal sealed partial class Preparation(IServiceProvider services, IConfiguration configuration, TimeProvider time, ILogger<Preparation> logger) : IHostedLifecycleService
{
    private bool Demo => configuration.GetValue("Porta:DemoData", false);

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await Database.MigrateAsync(services, cancellationToken);
        await Bootstrap.RunAsync(services, configuration, time, cancellationToken);
        if (Demo)
        {
            await DemoData.LoadAsync(services, time, cancellationToken);
        }
    }

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        var address = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is not null)
        {
            LogReady(logger, address);
            if (Demo)
            {
                LogDemo(logger, $"{address}/fr/{DemoData.Slug}", $"{address}/workspace/fr", DemoData.Password,
                    string.Join(", ", DemoData.Agents.Select(a => a.Email)));
            }
        }
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Porta is ready at {Address} (API reference: /scalar/v1, OpenAPI: /openapi/v1.json)")]
    private static partial void LogReady(ILogger logger, string address);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo organisation: citizen portal {Portal} — agent workspace {Workspace} — sign in with password {Password} as one of: {Agents}")]
    private static partial void LogDemo(ILogger logger, string portal, string workspace, string password, string agents);
}
