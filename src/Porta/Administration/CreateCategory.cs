using Microsoft.EntityFrameworkCore;
using Porta.Infrastructure;

namespace Porta.Administration;

internal sealed record CreateCategoryCommand(string Slug, Dictionary<string, string> Names, string? DefaultTeam);

internal sealed class CreateCategory(PortaDbContext db, Tenant tenant)
{
    public async Task<Category> HandleAsync(CreateCategoryCommand command, CancellationToken cancellationToken)
    {
        Slug.Require(command.Slug, "slug");
        var names = LocalisedNames.Require(command.Names, "names");
        Guid? teamId = null;
        if (command.DefaultTeam is not null)
        {
            teamId = await db.Teams.Where(t => t.Slug == command.DefaultTeam).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken)
                ?? throw new FieldException("defaultTeam", "There is no such team.");
        }
        if (await db.Categories.AnyAsync(c => c.Slug == command.Slug, cancellationToken))
        {
            throw new ConflictException("A category with this slug exists.");
        }
        var category = new Category
        {
            OrganisationId = tenant.OrganisationId!.Value,
            Slug = command.Slug,
            Names = names,
            DefaultTeamId = teamId,
        };
        db.Categories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return category;
    }
}
