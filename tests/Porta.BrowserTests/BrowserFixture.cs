using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Porta.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(Porta.BrowserTests.BrowserFixture))]

namespace Porta.BrowserTests;

/// <summary>
/// Porta served by Kestrel on a loopback port, with the demo organisation, and Debian's Chromium driven by
/// Playwright (no browser download). One of each for the whole run; each test opens its own browser context.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public PortaFactory App { get; } = new(Db.Sqlite, new() { ["Porta:DemoData"] = "true" });
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        App.ClientOptions.BaseAddress = new Uri(BaseUrl);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PORTA_TEST_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            // Root in a container needs --no-sandbox; the rest keeps Chromium off a network it does not have.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (own cookies), with or without JavaScript.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true, string? locale = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            JavaScriptEnabled = javaScript,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}
