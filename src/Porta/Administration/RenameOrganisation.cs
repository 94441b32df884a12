using Microsoft.EntityFrameworkCore;
using Porta.Infrastructure;
using Porta.Questions;

namespace Porta.Administration;

internal sealed record RenameOrganisationCommand(Dictionary<string, string> Names, List<string> Languages);

/// <summary>Changes the current organisation's names and the languages it offers; its slug (in every link
/// already sent) stays.</summary>
internal sealed class RenameOrganisation(PortaDbContext db, Tenant tenant)
{
    public async Task<Organisation> HandleAsync(RenameOrganisationCommand command, CancellationToken cancellationToken)
    {
        RequireLanguages(command.Languages);
        var names = LocalisedNames.Require(command.Names, "names");
        var organisation = await db.Organisations.FirstAsync(o => o.Id == tenant.OrganisationId, cancellationToken);
        organisation.Names = names;
        organisation.Languages = command.Languages;
        await db.SaveChangesAsync(cancellationToken);
        return organisation;
    }

    public static void RequireLanguages(List<string>? languages)
    {
        if (languages is null || languages.Count == 0 || languages.Any(l => !Language.IsSupported(l)) || languages.Distinct(StringComparer.Ordinal).Count() != languages.Count)
        {
            throw new FieldException("languages", "List the languages offered, each of fr, nl, de, en once.");
        }
    }
}
