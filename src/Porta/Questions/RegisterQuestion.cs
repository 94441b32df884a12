using Microsoft.EntityFrameworkCore;
using Porta.Channels.Email;
using Porta.Deadlines;
using Porta.Infrastructure;

namespace Porta.Questions;

/// <summary>What any channel knows of a new contact. The server sets the number, token, status,
/// deadline and organisation; none of them can come from outside.</summary>
internal sealed record RegisterQuestionCommand(
    Channel Channel,
    string Name,
    string? Email,
    string? Phone,
    string Language,
    string Subject,
    string Body,
    string? CategorySlug = null,
    DateTimeOffset? ReceivedAt = null,
    string? CompanyNumber = null,
    Actor? RegisteredBy = null);


internal sealed record RegisteredQuestion(Question Question, string TrackingToken);

/// <summary>
/// Registering a question, the same for the web form, the API, the mail intake and postal registration:
/// finds or creates the person, gives the question its number and secret token, sets its deadline,
/// stores the first message and queues the acknowledgement — all in one transaction.
/// </summary>
internal sealed class RegisterQuestion(PortaDbContext db, Tenant tenant, TimeProvider time, DeadlinePlanner deadlines, Acknowledgements acknowledgements, RegistrationNumbers numbers)
{
    private const int MaxAttempts = 3;

    /// <summary>Numbers are random, and the unique index rather than a query beforehand checks them: a clash
    /// among ten billion is rare enough to cost a second attempt, not a round trip on every question.</summary>
    public async Task<RegisteredQuestion> HandleAsync(RegisterQuestionCommand command, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RegisterAsync(command, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                var number = db.ChangeTracker.Entries<Question>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.RegistrationNumber).FirstOrDefault();
                db.ChangeTracker.Clear();
                if (number is null || !await db.Questions.IgnoreQueryFilters().AnyAsync(q => q.RegistrationNumber == number, cancellationToken))
                {
                    throw;
                }
            }
        }
    }

    private async Task<RegisteredQuestion> RegisterAsync(RegisterQuestionCommand command, CancellationToken cancellationToken)
    {
        var organisationId = tenant.OrganisationId ?? throw new InvalidOperationException("Register within an organisation.");
        var now = time.GetUtcNow();
        var receivedAt = ReceivedAt(command, now);
        Validate(command);
        var category = await deadlines.CategoryAsync(organisationId, command.CategorySlug, cancellationToken);
        var (person, acknowledgementsSent) = await FindOrCreatePersonAsync(organisationId, command, now, cancellationToken);
        var actor = command.RegisteredBy ?? Actor.Person;
        var token = TrackingToken.New();

        var question = new Question
        {
            OrganisationId = organisationId,
            RegistrationNumber = numbers.Next(),
            TrackingTokenHash = TrackingToken.Hash(token),
            Channel = command.Channel,
            Language = command.Language,
            Subject = command.Subject.Trim(),
            CategoryId = category?.Id,
            PersonId = person.Id,
            Person = person,
            ReceivedAt = receivedAt,
            RegisteredAt = now,
            LastActivityAt = now,
            TeamId = await deadlines.InitialTeamAsync(organisationId, category, command.Language, cancellationToken),
        };
        question.AnswerDueAt = await deadlines.FirstAnswerDueAsync(question, cancellationToken);
        question.Messages.Add(new Message
        {
            OrganisationId = organisationId,
            QuestionId = question.Id,
            Direction = MessageDirection.Inbound,
            Channel = command.Channel,
            BodyText = command.Body,
            FromAddress = person.Email,
            AuthorName = person.Name,
            CreatedAt = receivedAt,
        });
        question.Record(QuestionEventKind.Registered, actor, now, command.Channel.ToString(), isPublic: true);
        db.Questions.Add(question);
        await acknowledgements.QueueAsync(question, token, now, acknowledgementsSent, cancellationToken);
        await db.SaveTogetherAsync(cancellationToken);
        return new RegisteredQuestion(question, token);
    }

    /// <summary>A letter opened today may have arrived last Friday: its deadline runs from then. A date in
    /// the future is a typing error, not a promise.</summary>
    private static DateTimeOffset ReceivedAt(RegisterQuestionCommand command, DateTimeOffset now)
    {
        if (command.ReceivedAt is not { } stated || !ChannelRules.TakesReceivedAt(command.Channel))
        {
            return now;
        }
        if (stated > now.AddMinutes(5))
        {
            throw new FieldException("receivedAt", "The date received cannot be in the future.");
        }
        if (stated < now.AddYears(-1))
        {
            throw new FieldException("receivedAt", "The date received is more than a year ago.");
        }
        return stated.ToUniversalTime();
    }

    private static void Validate(RegisterQuestionCommand command)
    {
        if (!Language.IsSupported(command.Language))
        {
            throw new FieldException("language", "The language must be one of fr, nl, de, en.");
        }
        if (string.IsNullOrWhiteSpace(command.Email) && string.IsNullOrWhiteSpace(command.Phone)
            && command.Channel is Channel.Web or Channel.Email)
        {
            throw new FieldException("email", "An e-mail address is needed to answer.");
        }
    }

    /// <summary>The same person asking again is the same person: matched by e-mail, else by phone, so an
    /// agent sees their whole history. What they tell us now updates what we knew. Also counts, in the same
    /// query, the acknowledgements their address received this hour (<see cref="Acknowledgements"/>).</summary>
    private async Task<(Person Person, int AcknowledgementsSent)> FindOrCreatePersonAsync(Guid organisationId, RegisterQuestionCommand command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var email = string.IsNullOrWhiteSpace(command.Email) ? null : command.Email.Trim().ToLowerInvariant();
        var phone = string.IsNullOrWhiteSpace(command.Phone) ? null : command.Phone.Trim();
        var (person, sent) = email is not null
            ? await FindByEmailAsync(organisationId, email, now, cancellationToken)
            : await FindByPhoneAsync(phone, now, cancellationToken);
        if (person is null)
        {
            person = new Person
            {
                OrganisationId = organisationId,
                Name = command.Name.Trim(),
                Email = email,
                Phone = phone,
                PreferredLanguage = command.Language,
                CompanyNumber = command.CompanyNumber,
                CreatedAt = now,
            };
            db.Persons.Add(person);
            return (person, sent);
        }
        person.Name = command.Name.Trim();
        person.PreferredLanguage = command.Language;
        person.Phone = phone ?? person.Phone;
        person.Email = email ?? person.Email;
        person.CompanyNumber = command.CompanyNumber ?? person.CompanyNumber;
        return (person, sent);
    }

    /// <summary>A caller known by phone may have given an address before: the acknowledgement goes there, so the
    /// flood guard counts it there too.</summary>
    private async Task<(Person? Person, int AcknowledgementsSent)> FindByPhoneAsync(string? phone, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var person = phone is null ? null : await db.Persons.FirstOrDefaultAsync(p => p.Phone == phone, cancellationToken);
        return person?.Email is { } email
            ? (person, await Acknowledgements.SentInLastHour(db, email, now).CountAsync(cancellationToken))
            : (person, 0);
    }

    /// <summary>One round trip for someone new: the organisation's row is always there, so the person's id (if
    /// any) and the count ride on it as two subqueries; a person found is then read by that id. The acknowledgements
    /// are counted across organisations, so the query ignores the tenant filter and names the organisation.</summary>
    private async Task<(Person? Person, int AcknowledgementsSent)> FindByEmailAsync(Guid organisationId, string email, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sent = Acknowledgements.SentInLastHour(db, email, now);
        var found = await db.Organisations.IgnoreQueryFilters()
            .Where(o => o.Id == organisationId)
            .Select(o => new
            {
                PersonId = db.Persons.Where(p => p.OrganisationId == organisationId && p.Email == email).Select(p => (Guid?)p.Id).FirstOrDefault(),
                Sent = sent.Count(),
            })
            .FirstAsync(cancellationToken);
        var person = found.PersonId is { } id ? await db.Persons.FirstAsync(p => p.Id == id, cancellationToken) : null;
        return (person, found.Sent);
    }
}
