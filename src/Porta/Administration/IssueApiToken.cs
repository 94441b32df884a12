using Porta.Infrastructure;

namespace Porta.Administration;

internal sealed record IssuedToken(Guid Id, string Name, string Role, string? Organisation, string Token);

/// <summary>
/// Issues an API token. Its secret is shown once, in this answer, and stored only as a hash. An
/// organisation's administrator issues tokens of their own organisation; only the installation administrator
/// issues another installation administrator's token, bound to no organisation.
/// </summary>
internal sealed class IssueApiToken(PortaDbContext db, TimeProvider time)
{
    public async Task<IssuedToken> HandleAsync(string name, string role, Guid? organisationId, string? organisationSlug, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            throw new FieldException("name", "Name the token (at most 200 characters) so it can be recognised and revoked.");
        }
        var bindsToNone = role == Roles.InstallationAdministrator;
        if (!bindsToNone && !Roles.OfAgents.Contains(role, StringComparer.Ordinal))
        {
            throw new FieldException("role", $"The role is one of {string.Join(", ", Roles.OfAgents)}.");
        }
        if (bindsToNone == organisationId.HasValue)
        {
            throw new FieldException("organisation", bindsToNone
                ? "An installation administrator's token is bound to no organisation."
                : "Name the organisation the token acts for.");
        }
        var secret = ApiToken.NewSecret();
        var token = new ApiToken
        {
            Name = name.Trim(),
            Role = role,
            OrganisationId = organisationId,
            Hash = ApiToken.HashOf(secret),
            CreatedAt = time.GetUtcNow(),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedToken(token.Id, token.Name, token.Role, organisationSlug, secret);
    }
}
