using Microsoft.EntityFrameworkCore;
using Porta.Deadlines;
using Porta.Infrastructure;

namespace Porta.Administration;

internal sealed record CreateOrganisationCommand(string Slug, Dictionary<string, string> Names, List<string> Languages);

/// <summary>A new administration on the installation, with its own data, teams and look.</summary>
internal sealed class CreateOrganisation(PortaDbContext db, TimeProvider time)
{
    public async Task<Organisation> HandleAsync(CreateOrganisationCommand command, CancellationToken cancellationToken)
    {
        Slug.Require(command.Slug, "slug");
        RenameOrganisation.RequireLanguages(command.Languages);
        var names = LocalisedNames.Require(command.Names, "names");
        if (await db.Organisations.AnyAsync(o => o.Slug == command.Slug, cancellationToken))
        {
            throw new ConflictException("An organisation with this slug exists.");
        }
        var organisation = new Organisation
        {
            Slug = command.Slug,
            Names = names,
            Languages = command.Languages,
            CreatedAt = time.GetUtcNow(),
        };
        db.Organisations.Add(organisation);
        await SeedSlaPolicies.AddMissingAsync(db, organisation.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return organisation;
    }
}
