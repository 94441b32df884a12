using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Porta.Administration;
using Porta.Deadlines;
using Porta.Infrastructure;
using Porta.Questions;

namespace Porta.DataGenerator;

internal sealed record Generated(int Questions, int Persons, int Messages, int Events);

/// <summary>
/// One fictional organisation with a year of questions: most closed, a working backlog of recent ones over
/// every status, two front offices by language and three back offices, agents holding about half the open
/// questions, persons who ask more than once, and the messages and timeline of each question. Written in
/// batches through EF Core with change detection off. Seeded, so two runs make the same data.
/// </summary>
internal static class QuestionGenerator
{
    public const string Password = "Bench-Porta-2026!";
    private const int Batch = 2_000;

    private static readonly string[] FirstNames = ["Camille", "Lucas", "Emma", "Noah", "Louise", "Arthur", "Lotte", "Daan", "Elise", "Mila",
        "Jules", "Nora", "Finn", "Anna", "Victor", "Sofie", "Hugo", "Lina", "Jonas", "Marie", "Lukas", "Hanna", "Tom", "Julie"];
    private static readonly string[] LastNames = ["Exemple", "Fictif", "Voorbeeld", "Beispiel", "Martin", "Peeters", "Janssens", "Dubois",
        "Maes", "Lambert", "Claes", "Dupont", "Willems", "Leroy", "Goossens", "Renard", "Wouters", "Simon", "Mertens", "Laurent"];
    private static readonly (string Slug, string Fr, string Nl, string? Team)[] CategoryTable =
    [
        ("allowances", "Allocations", "Toelagen", "allowances"),
        ("pensions", "Pensions", "Pensioenen", "pensions"),
        ("certificates", "Attestations", "Attesten", null),
        ("address", "Changement d'adresse", "Adreswijziging", null),
        ("complaints", "Plaintes", "Klachten", null),
        ("press", "Presse", "Pers", "press"),
    ];
    private static readonly string[] Subjects = ["Question sur mon dossier", "Vraag over mijn dossier", "Attestation de revenus", "Attest van inkomsten",
        "Date de paiement", "Betalingsdatum", "Changement d'adresse", "Adreswijziging", "Frage zu meiner Akte", "Question about my file"];
    private static readonly string[] Words = ["bonjour", "dossier", "demande", "attestation", "paiement", "vraag", "aanvraag", "betaling",
        "mijn", "votre", "numéro", "Antrag", "please", "document", "date", "merci", "dank", "thanks", "allocation", "toelage"];

    public static async Task<Generated> RunAsync(GeneratorOptions options, TextWriter log)
    {
        var random = new Random(options.Seed);
        var now = DateTimeOffset.UtcNow;
        await using var db = Open(options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var organisation = new Organisation
        {
            Slug = options.Organisation,
            Names = new() { ["fr"] = "Service fictif de mesure", ["nl"] = "Fictieve meetdienst" },
            Languages = ["fr", "nl", "de", "en"],
            CreatedAt = now.AddYears(-2),
        };
        var calendar = WorkingCalendar.Create(organisation.Calendar);
        db.Organisations.Add(organisation);
        var teams = new Dictionary<string, Team>(StringComparer.Ordinal)
        {
            ["front-fr"] = new() { OrganisationId = organisation.Id, Slug = "front-fr", Name = "Front office FR", Kind = TeamKind.FrontOffice, Language = "fr" },
            ["front-nl"] = new() { OrganisationId = organisation.Id, Slug = "front-nl", Name = "Front office NL", Kind = TeamKind.FrontOffice, Language = "nl" },
            ["allowances"] = new() { OrganisationId = organisation.Id, Slug = "allowances", Name = "Allocations / Toelagen", Kind = TeamKind.BackOffice },
            ["pensions"] = new() { OrganisationId = organisation.Id, Slug = "pensions", Name = "Pensions / Pensioenen", Kind = TeamKind.BackOffice },
            ["press"] = new() { OrganisationId = organisation.Id, Slug = "press", Name = "Presse / Pers", Kind = TeamKind.SinglePointOfContact },
        };
        db.Teams.AddRange(teams.Values);
        var categories = CategoryTable.Select(c => (c.Slug, Category: new Category
        {
            OrganisationId = organisation.Id,
            Slug = c.Slug,
            Names = new() { ["fr"] = c.Fr, ["nl"] = c.Nl },
            DefaultTeamId = c.Team is null ? null : teams[c.Team].Id,
        })).ToList();
        db.Categories.AddRange(categories.Select(c => c.Category));
        var agents = AddAgents(db, organisation, teams, random);
        if (options.AgentToken is { } secret)
        {
            db.ApiTokens.Add(new ApiToken { OrganisationId = organisation.Id, Name = "bench agent", Role = Roles.Agent, Hash = ApiToken.HashOf(secret), CreatedAt = now });
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var persons = new List<Person>();
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        var sample = new List<string>();
        int messages = 0, events = 0;
        for (var start = 0; start < options.Questions; start += Batch)
        {
            for (var i = start; i < Math.Min(start + Batch, options.Questions); i++)
            {
                // Spread over a year, denser towards today, in order of arrival.
                var ageDays = 365 * Math.Pow(1 - ((double)i / options.Questions), 1.3);
                var receivedAt = now.AddDays(-ageDays).AddMinutes(-random.Next(0, 60));
                var person = PersonFor(db, organisation, persons, random, receivedAt);
                var question = NewQuestion(organisation, calendar, teams, categories, agents, person, receivedAt, now, random, numbers);
                messages += question.Messages.Count;
                events += question.Events.Count;
                db.Questions.Add(question);
                RemindedAlready(db, question, now);
                if (i % 100 == 0)
                {
                    sample.Add(question.RegistrationNumber);
                }
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            if ((start / Batch) % 10 == 9)
            {
                await log.WriteLineAsync($"  {start + Batch:N0} questions");
            }
        }
        if (options.NumbersFile is { } file)
        {
            await File.WriteAllLinesAsync(file, sample);
        }
        return new Generated(options.Questions, persons.Count, messages, events);
    }

    private static PortaDbContext Open(GeneratorOptions options)
    {
        if (options.Database == "postgres")
        {
            return new PostgresPortaDbContext(new DbContextOptionsBuilder<PostgresPortaDbContext>().UseNpgsql(options.ConnectionString).Options);
        }
        return new SqlitePortaDbContext(new DbContextOptionsBuilder<SqlitePortaDbContext>().UseSqlite(options.ConnectionString).Options);
    }

    /// <summary>Twelve agents in each front office, six in each back office; all can sign in with <see cref="Password"/>.</summary>
    private static Dictionary<Guid, List<Agent>> AddAgents(PortaDbContext db, Organisation organisation, Dictionary<string, Team> teams, Random random)
    {
        var role = db.Roles.AsNoTracking().Single(r => r.Name == Roles.Agent).Id;
        var hasher = new PasswordHasher<Agent>();
        var byTeam = new Dictionary<Guid, List<Agent>>();
        string? passwordHash = null;
        foreach (var team in teams.Values)
        {
            var members = new List<Agent>();
            for (var n = 1; n <= (team.Kind == TeamKind.FrontOffice ? 12 : 6); n++)
            {
                var email = $"{team.Slug}-{n}@{organisation.Slug}.bench.test";
                var agent = new Agent
                {
                    OrganisationId = organisation.Id,
                    DisplayName = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}",
                    Language = team.Language ?? "fr",
                    UserName = email,
                    NormalizedUserName = email.ToUpperInvariant(),
                    Email = email,
                    NormalizedEmail = email.ToUpperInvariant(),
                    EmailConfirmed = true,
                    SecurityStamp = Guid.NewGuid().ToString("N"),
                    LockoutEnabled = true,
                };
                // Hashing is slow on purpose; every agent gets the same password, so hash it once.
                agent.PasswordHash = passwordHash ??= hasher.HashPassword(agent, Password);
                agent.Teams.Add(new AgentTeam { AgentId = agent.Id, TeamId = team.Id });
                db.Users.Add(agent);
                db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = agent.Id, RoleId = role });
                members.Add(agent);
            }
            byTeam[team.Id] = members;
        }
        return byTeam;
    }

    /// <summary>Four in ten questions come from someone who asked before, most often from a few regulars.</summary>
    private static Person PersonFor(PortaDbContext db, Organisation organisation, List<Person> persons, Random random, DateTimeOffset receivedAt)
    {
        if (persons.Count > 100 && random.NextDouble() < 0.4)
        {
            return random.NextDouble() < 0.3 ? persons[random.Next(Math.Min(500, persons.Count))] : persons[random.Next(persons.Count)];
        }
        var first = FirstNames[random.Next(FirstNames.Length)];
        var last = LastNames[random.Next(LastNames.Length)];
        var language = Pick(random, [("fr", 52), ("nl", 40), ("de", 3), ("en", 5)]);
        var person = new Person
        {
            OrganisationId = organisation.Id,
            Name = $"{first} {last}",
            Email = random.NextDouble() < 0.9 ? $"{first}.{last}.{persons.Count}@example.test".ToLowerInvariant() : null,
            Phone = random.NextDouble() < 0.5 ? $"+32 2 {random.Next(100, 999)} {random.Next(10, 99)} {random.Next(10, 99)}" : null,
            PreferredLanguage = language,
            CompanyNumber = random.NextDouble() < 0.1 ? $"0{random.Next(200, 999)}.{random.Next(100, 999)}.{random.Next(100, 999)}" : null,
            CreatedAt = receivedAt,
        };
        persons.Add(person);
        db.Persons.Add(person);
        return person;
    }

    private static Question NewQuestion(Organisation organisation, WorkingCalendar calendar, Dictionary<string, Team> teams,
        List<(string Slug, Category Category)> categories, Dictionary<Guid, List<Agent>> agents, Person person,
        DateTimeOffset receivedAt, DateTimeOffset now, Random random, HashSet<string> numbers)
    {
        var channel = Pick(random, [(Channel.Web, 45), (Channel.Email, 35), (Channel.Phone, 12), (Channel.Letter, 5), (Channel.Fax, 3)]);
        var category = random.NextDouble() < 0.7 ? categories[random.Next(categories.Count)].Category : null;
        var frontOffice = person.PreferredLanguage == "nl" ? teams["front-nl"] : teams["front-fr"];
        var status = StatusFor(now - receivedAt, random);
        var team = category?.DefaultTeamId is { } categoryTeam ? teams.Values.First(t => t.Id == categoryTeam) : frontOffice;
        if (status == QuestionStatus.Transferred && team.Kind == TeamKind.FrontOffice)
        {
            team = random.NextDouble() < 0.5 ? teams["allowances"] : teams["pensions"];
        }
        var assignee = status != QuestionStatus.New && random.NextDouble() < (status == QuestionStatus.Closed ? 0.95 : 0.6)
            ? agents[team.Id][random.Next(agents[team.Id].Count)] : null;
        string number;
        do
        {
            number = RegistrationNumber.New();
        }
        while (!numbers.Add(number));

        var question = new Question
        {
            OrganisationId = organisation.Id,
            RegistrationNumber = number,
            TrackingTokenHash = TrackingToken.Hash(TrackingToken.New()),
            Channel = channel,
            Language = person.PreferredLanguage,
            Subject = Subjects[random.Next(Subjects.Length)] + " " + random.Next(1, 1000),
            CategoryId = category?.Id,
            Status = status,
            TeamId = team.Id,
            AssigneeId = assignee?.Id,
            PersonId = person.Id,
            ReceivedAt = receivedAt,
            RegisteredAt = receivedAt.AddMinutes(channel is Channel.Letter or Channel.Fax ? random.Next(60, 3000) : 0),
            AnswerDueAt = calendar.ClosingOfWorkingDayAfter(receivedAt, 2),
            LastActivityAt = receivedAt,
        };
        if (random.NextDouble() < 0.03 && status != QuestionStatus.Closed)
        {
            question.DelayedDueAt = calendar.ClosingOfWorkingDayAfter(receivedAt, 7);
            question.DelayReason = "Nous attendons un document d'un autre service.";
        }
        var agentActor = assignee is null ? Actor.System : new Actor(assignee.Id, assignee.DisplayName);
        AddTimeline(question, person, channel, status, agentActor, now, random);
        return question;
    }

    /// <summary>A running server's deadline watcher would have reminded the holders of past deadlines long ago:
    /// the data says so, or the first pass of the watcher would send a year of reminders at once.</summary>
    private static void RemindedAlready(PortaDbContext db, Question question, DateTimeOffset now)
    {
        if (question.FirstAnsweredAt is not null || question.Status == QuestionStatus.Closed || question.DueAt >= now)
        {
            return;
        }
        foreach (var (threshold, sentAt) in new[] { (DeadlineState.AtRisk, question.DueAt.AddHours(-4)), (DeadlineState.Overdue, question.DueAt) })
        {
            db.DeadlineReminders.Add(new DeadlineReminder
            {
                OrganisationId = question.OrganisationId,
                QuestionId = question.Id,
                Threshold = threshold,
                DueAt = question.DueAt,
                SentAt = sentAt,
                Recipients = 1,
            });
        }
    }

    /// <summary>Older questions are closed; the recent ones make the backlog, over every status.</summary>
    private static QuestionStatus StatusFor(TimeSpan age, Random random) => age.TotalDays switch
    {
        < 3 => Pick(random, [(QuestionStatus.New, 35), (QuestionStatus.Open, 35), (QuestionStatus.Transferred, 10), (QuestionStatus.WaitingForPerson, 10), (QuestionStatus.Answered, 10)]),
        < 20 => Pick(random, [(QuestionStatus.New, 3), (QuestionStatus.Open, 12), (QuestionStatus.Transferred, 10), (QuestionStatus.WaitingForPerson, 15), (QuestionStatus.Answered, 25), (QuestionStatus.Closed, 35)]),
        _ => Pick(random, [(QuestionStatus.Closed, 96), (QuestionStatus.Answered, 2), (QuestionStatus.WaitingForPerson, 1), (QuestionStatus.Open, 1)]),
    };

    private static void AddTimeline(Question question, Person person, Channel channel, QuestionStatus status, Actor agent, DateTimeOffset now, Random random)
    {
        var at = question.ReceivedAt;
        question.Messages.Add(new Message
        {
            OrganisationId = question.OrganisationId,
            QuestionId = question.Id,
            Direction = MessageDirection.Inbound,
            Channel = channel,
            BodyText = Text(random, 30, 250),
            FromAddress = person.Email,
            AuthorName = person.Name,
            CreatedAt = at,
        });
        question.Record(QuestionEventKind.Registered, channel is Channel.Web or Channel.Email ? Actor.Person : agent, at, channel.ToString(), isPublic: true);
        question.AcknowledgedAt = at.AddMinutes(1);
        question.Record(QuestionEventKind.Acknowledged, Actor.System, at.AddMinutes(1), isPublic: true);
        if (agent.AgentId is not null)
        {
            question.Record(QuestionEventKind.Assigned, agent, at.AddHours(1), agent.Name);
        }
        if (status == QuestionStatus.Transferred)
        {
            question.Record(QuestionEventKind.Transferred, Actor.System, at.AddHours(2));
        }
        if (random.NextDouble() < 0.2)
        {
            question.Messages.Add(Message.Note(question, Text(random, 10, 60), agent, at.AddHours(3)));
            question.Record(QuestionEventKind.NoteAdded, agent, at.AddHours(3));
        }
        if (status is QuestionStatus.Answered or QuestionStatus.Closed or QuestionStatus.WaitingForPerson)
        {
            var answeredAt = Min(at.AddHours(random.Next(1, 72)), now);
            AddReply(question, person, agent, answeredAt, random);
            question.FirstAnsweredAt = answeredAt;
            if (random.NextDouble() < 0.1)
            {
                var again = Min(answeredAt.AddHours(random.Next(1, 48)), now);
                question.Messages.Add(new Message
                {
                    OrganisationId = question.OrganisationId,
                    QuestionId = question.Id,
                    Direction = MessageDirection.Inbound,
                    Channel = channel == Channel.Web ? Channel.Web : Channel.Email,
                    BodyText = Text(random, 10, 120),
                    FromAddress = person.Email,
                    AuthorName = person.Name,
                    CreatedAt = again,
                });
                AddReply(question, person, agent, Min(again.AddHours(random.Next(1, 24)), now), random);
            }
            if (status == QuestionStatus.Closed)
            {
                question.ClosedAt = Min(question.Messages[^1].CreatedAt.AddHours(random.Next(1, 96)), now);
                question.Record(QuestionEventKind.Closed, agent, question.ClosedAt.Value);
            }
        }
        question.LastActivityAt = question.Events.Max(e => e.At);
    }

    private static void AddReply(Question question, Person person, Actor agent, DateTimeOffset at, Random random)
    {
        question.Messages.Add(new Message
        {
            OrganisationId = question.OrganisationId,
            QuestionId = question.Id,
            Direction = MessageDirection.Outbound,
            Channel = ChannelRules.AnswerChannel(question.Channel),
            BodyText = Text(random, 40, 300),
            ToAddress = person.Email,
            AuthorAgentId = agent.AgentId,
            AuthorName = agent.Name,
            MailMessageId = $"<{Guid.NewGuid():N}@bench.porta.test>",
            CreatedAt = at,
            Delivery = DeliveryStatus.Sent,
        });
        question.Record(QuestionEventKind.Replied, agent, at, isPublic: true);
    }

    private static string Text(Random random, int minWords, int maxWords) =>
        string.Join(' ', Enumerable.Range(0, random.Next(minWords, maxWords)).Select(_ => Words[random.Next(Words.Length)]));

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static T Pick<T>(Random random, (T Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if ((roll -= weight) < 0)
            {
                return value;
            }
        }
        return choices[^1].Value;
    }
}
