using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Porta.Infrastructure;

namespace Porta.Administration;

/// <summary>
/// What a fresh database needs before anyone can work: the roles, and — when <c>Porta:BootstrapToken</c>
/// is set and no installation administrator's token exists yet — that token, so scripts can drive a new
/// instance. Safe to run on every start of every node.
/// </summary>
internal static class Bootstrap
{
    public static async Task RunAsync(IServiceProvider services, IConfiguration configuration, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortaDbContext>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.OfAgents)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }
        var secret = configuration["Porta:BootstrapToken"];
        if (string.IsNullOrWhiteSpace(secret)
            || await db.ApiTokens.AnyAsync(t => t.Role == Roles.InstallationAdministrator && t.RevokedAt == null, cancellationToken))
        {
            return;
        }
        if (secret.Length < 24)
        {
            throw new InvalidOperationException("Porta:BootstrapToken must be at least 24 characters long.");
        }
        db.ApiTokens.Add(new ApiToken
        {
            Name = "bootstrap",
            Role = Roles.InstallationAdministrator,
            Hash = ApiToken.HashOf(secret),
            CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
