using Microsoft.EntityFrameworkCore;
using Porta.Infrastructure;

namespace Porta.Administration;

/// <summary>
/// Revokes an API token: from then on it authenticates nothing. The row stays, so the list shows when it was
/// revoked. An organisation's administrator revokes only their organisation's tokens; another's answers 404.
/// </summary>
internal sealed class RevokeApiToken(PortaDbContext db, TimeProvider time)
{
    public async Task<ApiToken> HandleAsync(Guid id, Guid? organisationId, CancellationToken cancellationToken)
    {
        // Tokens are not tenant-owned (the installation administrator's is bound to none): compare here.
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id && (organisationId == null || t.OrganisationId == organisationId), cancellationToken)
            ?? throw new NotFoundException("The token");
        token.RevokedAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }
}
