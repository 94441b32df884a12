using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Porta.BrowserTests;

/// <summary>Runs axe-core in the page and fails with a readable list of what breaks WCAG 2.1 A or AA.</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static async Task AssertNoViolationsAsync(this IPage page)
    {
        var results = await page.RunAxe(WcagAA);
        var violations = results.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Select(n => string.Join(" ", n.Target)))}").ToList();
        Assert.True(violations.Count == 0, $"{page.Url} has accessibility violations:\n{string.Join("\n", violations)}");
    }
}
