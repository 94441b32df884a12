using Microsoft.EntityFrameworkCore;
using Porta.Deadlines;
using Porta.Infrastructure;
using Porta.Questions;

namespace Porta.Administration;

/// <summary>
/// A fictional bilingual administration, <c>demo</c>, loaded when <c>Porta:DemoData</c> is true: French and
/// Dutch front-office groups, two back-office services, categories, agents and a few dozen questions in every
/// state. Every name, address and number here is invented. It is built through the same use cases as real
/// work, so the demo shows what Porta really does.
/// </summary>
internal static class DemoData
{
    public const string Slug = "demo";
    public const string Password = "Demo-Porta-2026!";

    public static readonly (string Email, string Name, string[] Roles, string[] Teams, string Language)[] Agents =
    [
        ("admin@demo.porta.test", "Dominique Beheer", [Roles.Administrator, Roles.Coordinator], [], "fr"),
        ("camille@demo.porta.test", "Camille Accueil", [Roles.Agent], ["front-office-fr"], "fr"),
        ("jens@demo.porta.test", "Jens Onthaal", [Roles.Agent], ["front-office-nl"], "nl"),
        ("expert@demo.porta.test", "Noor Expertise", [Roles.BackOffice], ["allowances", "legal"], "nl"),
    ];

    private static readonly (string Name, string Email, string Language, string Subject, string Body, string? Category)[] People =
    [
        ("Camille Exemple", "camille.exemple@example.test", "fr", "Délai de traitement de mon dossier", "Bonjour, où en est ma demande d'allocation introduite le mois passé ?", "allowances"),
        ("Jan Voorbeeld", "jan.voorbeeld@example.test", "nl", "Attest aanvragen", "Hoe kan ik een attest aanvragen voor mijn werkgever?", "documentation-request"),
        ("Lotte Muster", "lotte.muster@example.test", "de", "Formular auf Deutsch", "Gibt es das Antragsformular auch auf Deutsch?", null),
        ("Alex Sample", "alex.sample@example.test", "en", "Which administration is competent?", "I moved from abroad; which service handles my registration?", "competence-conflict"),
        ("Sacha Fictif", "sacha.fictif@example.test", "fr", "Changement d'adresse", "Je déménage le mois prochain, dois-je vous prévenir ?", null),
        ("Noa Denkbeeld", "noa.denkbeeld@example.test", "nl", "Terugbetaling", "Wanneer wordt het bedrag teruggestort?", "allowances"),
        ("Robin Essai", "robin.essai@example.test", "fr", "Plainte sur un délai", "Je n'ai toujours pas reçu de réponse à ma question précédente.", null),
        ("Kim Proef", "kim.proef@example.test", "nl", "Documentatie over de procedure", "Waar vind ik de brochure over de procedure?", "documentation-request"),
    ];

    public static async Task LoadAsync(IServiceProvider services, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<PortaDbContext>();
        if (await db.Organisations.AnyAsync(o => o.Slug == Slug, cancellationToken))
        {
            return;
        }
        var organisation = await provider.GetRequiredService<CreateOrganisation>().HandleAsync(new CreateOrganisationCommand(Slug,
            new() { ["fr"] = "Service public fédéral Démo", ["nl"] = "Federale Overheidsdienst Demo", ["de"] = "Föderaler Öffentlicher Dienst Demo", ["en"] = "Federal Public Service Demo" },
            ["fr", "nl", "de", "en"]), cancellationToken);
        await DescribeContactAsync(provider.GetRequiredService<PortaDbContext>(), cancellationToken);
        await provider.GetRequiredService<OrganisationScope>().EnterPublicAsync(Slug, cancellationToken);

        var teams = provider.GetRequiredService<CreateTeam>();
        await teams.HandleAsync(new CreateTeamCommand("front-office-fr", "Front office FR", TeamKind.FrontOffice, "fr"), cancellationToken);
        await teams.HandleAsync(new CreateTeamCommand("front-office-nl", "Front office NL", TeamKind.FrontOffice, "nl"), cancellationToken);
        await teams.HandleAsync(new CreateTeamCommand("allowances", "Allocations / Toelagen", TeamKind.BackOffice, null), cancellationToken);
        await teams.HandleAsync(new CreateTeamCommand("legal", "Service juridique / Juridische dienst", TeamKind.BackOffice, null), cancellationToken);
        await teams.HandleAsync(new CreateTeamCommand("complaints", "Coordination des plaintes / Klachtencoördinatie", TeamKind.SinglePointOfContact, null), cancellationToken);

        var categories = provider.GetRequiredService<CreateCategory>();
        await categories.HandleAsync(new CreateCategoryCommand("allowances", Names("Allocations", "Toelagen", "Zulagen", "Allowances"), null), cancellationToken);
        await categories.HandleAsync(new CreateCategoryCommand("documentation-request", Names("Demande de documentation", "Vraag naar documentatie", "Dokumentationsanfrage", "Documentation request"), null), cancellationToken);
        await categories.HandleAsync(new CreateCategoryCommand("competence-conflict", Names("Conflit de compétence", "Bevoegdheidsconflict", "Zuständigkeitskonflikt", "Competence conflict"), "legal"), cancellationToken);
        await categories.HandleAsync(new CreateCategoryCommand("complaint", Names("Plainte", "Klacht", "Beschwerde", "Complaint"), "complaints"), cancellationToken);
        // The charter's category promises: competence conflicts in 5 working days, documentation in 3 working hours.
        await SeedSlaPolicies.AddMissingAsync(db, organisation.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var createAgent = provider.GetRequiredService<CreateAgent>();
        foreach (var (email, name, roles, agentTeams, language) in Agents)
        {
            await createAgent.HandleAsync(new CreateAgentCommand(email, name, roles, agentTeams, Password, language), cancellationToken);
        }
        await LoadQuestionsAsync(provider, time, cancellationToken);
    }

    /// <summary>Questions from every channel and in every state: new, open, transferred, waiting, answered, closed.</summary>
    private static async Task LoadQuestionsAsync(IServiceProvider provider, TimeProvider time, CancellationToken cancellationToken)
    {
        var register = provider.GetRequiredService<RegisterQuestion>();
        var reply = provider.GetRequiredService<ReplyToQuestion>();
        var close = provider.GetRequiredService<CloseQuestion>();
        var transfer = provider.GetRequiredService<TransferQuestion>();
        var note = provider.GetRequiredService<AddNote>();
        var camille = new Actor(null, "Camille Accueil");
        Channel[] channels = [Channel.Web, Channel.Email, Channel.Phone, Channel.Letter, Channel.Fax];
        var now = time.GetUtcNow();
        for (var i = 0; i < 32; i++)
        {
            var (name, email, language, subject, body, category) = People[i % People.Length];
            var channel = channels[i % channels.Length];
            var registered = await register.HandleAsync(new RegisterQuestionCommand(
                channel, name, email, channel == Channel.Phone ? "+32 2 000 00 " + (10 + i) : null, language, subject, body, category,
                ReceivedAt: ChannelRules.TakesReceivedAt(channel) ? now.AddDays(-(i % 6)).AddHours(-i) : null,
                RegisteredBy: channel == Channel.Web ? null : camille), cancellationToken);
            var number = registered.Question.RegistrationNumber;
            switch (i % 6)
            {
                case 1:
                    await note.HandleAsync(new NoteCommand(number, "Vérifié dans le dossier : en cours de traitement.", camille), cancellationToken);
                    break;
                case 2:
                    await transfer.HandleAsync(new TransferCommand(number, "allowances", null, "Question technique pour le service des allocations.", camille), cancellationToken);
                    break;
                case 3:
                    await reply.HandleAsync(new ReplyCommand(number, "Pourriez-vous nous communiquer votre numéro de dossier ?", camille, WaitingForPerson: true), cancellationToken);
                    break;
                case 4:
                    await reply.HandleAsync(new ReplyCommand(number, "Merci pour votre question. Vous trouverez la réponse dans la brochure jointe à notre site.", camille), cancellationToken);
                    break;
                case 5:
                    await reply.HandleAsync(new ReplyCommand(number, "Votre demande a été traitée.", camille), cancellationToken);
                    await close.HandleAsync(new CloseCommand(number, camille), cancellationToken);
                    break;
            }
        }
    }

    /// <summary>How the demo service is reached (numbers in the range kept for fiction) and its look.</summary>
    private static async Task DescribeContactAsync(PortaDbContext db, CancellationToken cancellationToken)
    {
        var demo = await db.Organisations.FirstAsync(o => o.Slug == Slug, cancellationToken);
        demo.ContactEmail = "contact@demo.porta.test";
        demo.PhoneNumbers = new() { ["fr"] = "+32 2 000 00 10", ["nl"] = "+32 2 000 00 20" };
        demo.PostalAddress = new()
        {
            ["fr"] = "Service public fédéral Démo\nRue de l'Exemple 1\n1000 Bruxelles",
            ["nl"] = "Federale Overheidsdienst Demo\nVoorbeeldstraat 1\n1000 Brussel",
        };
        demo.BrandColour = "#005a70";
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Dictionary<string, string> Names(string fr, string nl, string de, string en) =>
        new() { ["fr"] = fr, ["nl"] = nl, ["de"] = de, ["en"] = en };
}
