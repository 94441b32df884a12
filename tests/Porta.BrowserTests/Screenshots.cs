using Microsoft.Playwright;

namespace Porta.BrowserTests;

/// <summary>The README's pictures of the portal and the workspace, taken by the tests so they show what the code
/// does today. Only when asked (<c>PORTA_SCREENSHOTS=1</c>): an ordinary test run leaves the work tree as it was.</summary>
public static class Screenshots
{
    public const string Folder = "docs/screenshots";

    /// <summary>Writes docs/screenshots/{name}.png; <paramref name="fullPage"/> for pages longer than the window.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name, bool fullPage = false)
    {
        if (Environment.GetEnvironmentVariable("PORTA_SCREENSHOTS") != "1")
        {
            return;
        }
        var folder = Path.Combine(RepositoryRoot(), Folder);
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = fullPage });
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Porta.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Porta.slnx not found above the test binaries.");
    }
}
