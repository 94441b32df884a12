using System.Net;
using System.Security.Cryptography;
using Microsoft.Playwright;
using Porta.Tests.Infrastructure;

namespace Porta.BrowserTests.Workspace;

/// <summary>What the workspace tests share: agents with a password, signing in through the page, screenshots.</summary>
internal static class WorkspaceSession
{
    public const string Password = "Test-Password-2026!";
    public const string DemoPassword = "Demo-Porta-2026!";
    public const string DemoAdministrator = "admin@demo.porta.test";

    /// <summary>An agent of <paramref name="org"/> with a password, in its French front office.</summary>
    public static async Task<string> CreateAgentAsync(TestOrganisation org, string name, params string[] roles)
    {
        var email = TestOrganisation.UniqueEmail();
        await (await org.Admin.PostJson("/api/v1/admin/agents", new
        {
            email,
            name,
            roles = roles.Length == 0 ? ["agent"] : roles,
            teams = new[] { "front-fr" },
            password = Password,
            language = "en",
        })).Expect(HttpStatusCode.Created);
        return email;
    }

    public static async Task SignInAsync(this IPage page, string email, string password = Password, string language = "en")
    {
        await page.GotoAsync($"/workspace/{language}/sign-in");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("main form button[type=submit]");
    }

    /// <summary>The six-digit code an authenticator app shows for <paramref name="base32Key"/> (RFC 6238: SHA-1,
    /// 30-second steps), <paramref name="stepsAhead"/> steps from now.</summary>
    public static string TotpCode(string base32Key, int stepsAhead = 0)
    {
        var key = Base32(base32Key.Replace(" ", "", StringComparison.Ordinal));
        var counter = (DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30) + stepsAhead;
        var message = BitConverter.GetBytes(IPAddress.HostToNetworkOrder(counter));
        var hash = HMACSHA1.HashData(key, message);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }
}
