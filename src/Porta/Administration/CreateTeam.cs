using Microsoft.EntityFrameworkCore;
using Porta.Infrastructure;
using Porta.Questions;

namespace Porta.Administration;

internal sealed record CreateTeamCommand(string Slug, string Name, TeamKind Kind, string? Language);

internal sealed class CreateTeam(PortaDbContext db, Tenant tenant)
{
    public async Task<Team> HandleAsync(CreateTeamCommand command, CancellationToken cancellationToken)
    {
        Slug.Require(command.Slug, "slug");
        if (command.Language is not null && !Language.IsSupported(command.Language))
        {
            throw new FieldException("language", "The language must be one of fr, nl, de, en.");
        }
        if (await db.Teams.AnyAsync(t => t.Slug == command.Slug, cancellationToken))
        {
            throw new ConflictException("A team with this slug exists.");
        }
        var team = new Team
        {
            OrganisationId = tenant.OrganisationId!.Value,
            Slug = command.Slug,
            Name = command.Name.Trim(),
            Kind = command.Kind,
            Language = command.Language,
        };
        db.Teams.Add(team);
        await db.SaveChangesAsync(cancellationToken);
        return team;
    }
}
