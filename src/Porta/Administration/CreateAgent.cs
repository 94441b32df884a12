using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Porta.Channels.Email;
using Porta.Infrastructure;
using Porta.Questions;

namespace Porta.Administration;

internal sealed record CreateAgentCommand(string Email, string Name, IReadOnlyList<string> Roles, IReadOnlyList<string>? Teams, string? Password, string? Language);

internal sealed record CreatedAgent(Guid Id, string Email, string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Teams, bool Invited);

/// <summary>
/// An agent account in the current organisation. With a password it can sign in at once; without one, the
/// agent receives an invitation by e-mail with a one-time link to choose a password.
/// </summary>
internal sealed class CreateAgent(PortaDbContext db, Tenant tenant, UserManager<Agent> users, MailOutbox outbox, PublicLinks links, TimeProvider time)
{
    public const string InvitationPurpose = "invitation";

    public async Task<CreatedAgent> HandleAsync(CreateAgentCommand command, CancellationToken cancellationToken)
    {
        var organisationId = tenant.OrganisationId!.Value;
        if (command.Roles.Count == 0 || command.Roles.Any(r => !Administration.Roles.OfAgents.Contains(r, StringComparer.Ordinal)))
        {
            throw new FieldException("roles", $"Give one or more roles of {string.Join(", ", Administration.Roles.OfAgents)}.");
        }
        var language = command.Language ?? "fr";
        if (!Language.IsSupported(language))
        {
            throw new FieldException("language", "The language must be one of fr, nl, de, en.");
        }
        var teamSlugs = command.Teams ?? [];
        var teams = await db.Teams.Where(t => teamSlugs.Contains(t.Slug)).ToListAsync(cancellationToken);
        if (teams.Count != teamSlugs.Distinct(StringComparer.Ordinal).Count())
        {
            throw new FieldException("teams", "One of the teams does not exist.");
        }
        var agent = new Agent
        {
            OrganisationId = organisationId,
            UserName = command.Email.Trim(),
            Email = command.Email.Trim(),
            DisplayName = command.Name.Trim(),
            Language = language,
            EmailConfirmed = command.Password is not null,
            LockoutEnabled = true,
        };
        agent.Teams.AddRange(teams.Select(t => new AgentTeam { AgentId = agent.Id, TeamId = t.Id }));
        var created = command.Password is null ? await users.CreateAsync(agent) : await users.CreateAsync(agent, command.Password);
        ThrowIfFailed(created, command.Password is null ? "email" : "password");
        ThrowIfFailed(await users.AddToRolesAsync(agent, command.Roles), "roles");
        if (command.Password is null)
        {
            await InviteAsync(agent, cancellationToken);
        }
        return new CreatedAgent(agent.Id, agent.Email, agent.DisplayName, command.Roles, teams.Select(t => t.Slug).ToList(), command.Password is null);
    }

    private async Task InviteAsync(Agent agent, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == agent.OrganisationId, cancellationToken);
        var token = await users.GeneratePasswordResetTokenAsync(agent);
        var link = $"{links.Base}/workspace/{agent.Language}/set-password?agent={agent.Id}&token={Uri.EscapeDataString(token)}";
        var name = organisation.NameIn(agent.Language);
        outbox.Queue(agent.OrganisationId, InvitationPurpose, new OutgoingMail(
            agent.Email!, agent.DisplayName,
            MailTexts.Format("InvitationSubject", agent.Language, name),
            MailTexts.Format("InvitationBody", agent.Language, agent.DisplayName, name, link, agent.Email!),
            outbox.NewMessageId(), FromName: name), time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Identity's own messages (duplicate e-mail, weak password) name what is wrong.</summary>
    private static void ThrowIfFailed(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            var duplicate = result.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail");
            throw new FieldException(duplicate ? "email" : field, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
