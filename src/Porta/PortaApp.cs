using Porta.Infrastructure;

namespace Porta;

/// <summary>Composes the one server process: portal, workspace, API and workers.</summary>
internal static class PortaApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddPortaDatabase(builder.Configuration, builder.Environment.ContentRootPath);
        var app = builder.Build();
        return app;
    }

    public static async Task PrepareAsync(WebApplication app)
    {
        await Database.MigrateAsync(app.Services, app.Lifetime.ApplicationStopping);
    }
}
