using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Porta.Administration;
using Porta.Deadlines;
using Porta.Infrastructure.Outbox;
using Porta.Questions;

namespace Porta.Infrastructure;

/// <summary>
/// The one model of Porta. Each database has a small subclass with its own migrations
/// (<see cref="SqlitePortaDbContext"/>, <see cref="PostgresPortaDbContext"/>). Tenant isolation lives
/// here and nowhere else: a global query filter on every <see cref="ITenantOwned"/> row, and a check at
/// save time that nothing is written into another organisation.
/// Instances are pooled (<see cref="Database"/>): the request's <see cref="Tenant"/> is handed to each rented
/// instance and taken back when it returns to the pool, so a reused instance never carries a previous
/// request's organisation.
/// </summary>
internal abstract class PortaDbContext(DbContextOptions options)
    : IdentityDbContext<Agent, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    private Tenant? tenant;

    /// <summary>The keys that protect sessions and antiforgery tokens, shared by every node, so a form left
    /// open survives a restart or lands on another node.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<AgentTeam> AgentTeams => Set<AgentTeam>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Person> Persons => Set<Person>();
    public DbSet<Question> Questions => Set<Question>();
    public DbSet<Message> Messages => Set<Message>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<AttachmentContent> AttachmentContents => Set<AttachmentContent>();
    public DbSet<QuestionEvent> QuestionEvents => Set<QuestionEvent>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<SlaPolicyEntry> SlaPolicies => Set<SlaPolicyEntry>();
    public DbSet<DeadlineReminder> DeadlineReminders => Set<DeadlineReminder>();

    /// <summary>Read by the query filters: EF re-evaluates it for every query of this context instance.
    /// Without a tenant (a worker, a context just taken from the pool) it is null and the filters return nothing.</summary>
    private Guid? CurrentOrganisationId => tenant?.OrganisationId;

    /// <summary>Binds a rented instance to the tenant of the scope that rents it.</summary>
    public void UseTenant(Tenant scopeTenant) => tenant = scopeTenant;

    public override void Dispose()
    {
        tenant = null;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        tenant = null;
        return base.DisposeAsync();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<Organisation>(e =>
        {
            e.HasIndex(o => o.Slug).IsUnique();
            e.Property(o => o.Slug).HasMaxLength(64);
            e.Property(o => o.Names).HasConversion(JsonConverter<Dictionary<string, string>>(), DictionaryComparer());
            e.Property(o => o.PhoneNumbers).HasConversion(JsonConverter<Dictionary<string, string>>(), DictionaryComparer());
            e.Property(o => o.PostalAddress).HasConversion(JsonConverter<Dictionary<string, string>>(), DictionaryComparer());
            e.Property(o => o.ContactEmail).HasMaxLength(254);
            e.Property(o => o.BrandColour).HasMaxLength(7);
            e.Property(o => o.LogoUrl).HasMaxLength(500);
            e.Property(o => o.Calendar).HasConversion(
                v => v.ToJson(),
                v => CalendarSettings.FromJson(v),
                new ValueComparer<CalendarSettings>((a, b) => a != null && b != null && a.ToJson() == b.ToJson(), v => v.ToJson().GetHashCode(StringComparison.Ordinal), v => v));
        });
        builder.Entity<Team>(e =>
        {
            e.HasIndex(t => new { t.OrganisationId, t.Slug }).IsUnique();
            e.Property(t => t.Slug).HasMaxLength(64);
            e.Property(t => t.Name).HasMaxLength(200);
            e.Property(t => t.Language).HasMaxLength(2);
            e.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId);
        });
        builder.Entity<Category>(e =>
        {
            e.HasIndex(c => new { c.OrganisationId, c.Slug }).IsUnique();
            e.Property(c => c.Slug).HasMaxLength(64);
            e.Property(c => c.Names).HasConversion(JsonConverter<Dictionary<string, string>>(), DictionaryComparer());
            e.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId);
            e.HasOne<Team>().WithMany().HasForeignKey(c => c.DefaultTeamId).OnDelete(DeleteBehavior.SetNull);
        });
        builder.Entity<Agent>(e =>
        {
            e.Property(a => a.DisplayName).HasMaxLength(200);
            e.Property(a => a.Language).HasMaxLength(2);
            e.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId);
            e.HasMany(a => a.Teams).WithOne().HasForeignKey(t => t.AgentId);
        });
        builder.Entity<AgentTeam>(e =>
        {
            e.HasKey(t => new { t.AgentId, t.TeamId });
            e.HasOne<Team>().WithMany().HasForeignKey(t => t.TeamId);
        });
        builder.Entity<ApiToken>(e =>
        {
            e.HasIndex(t => t.Hash).IsUnique();
            e.Property(t => t.Name).HasMaxLength(200);
            e.Property(t => t.Role).HasMaxLength(40);
        });
        builder.Entity<Person>(e =>
        {
            e.HasIndex(p => new { p.OrganisationId, p.Email });
            e.HasIndex(p => new { p.OrganisationId, p.Phone });
            e.Property(p => p.Name).HasMaxLength(200);
            e.Property(p => p.Email).HasMaxLength(254);
            e.Property(p => p.Phone).HasMaxLength(40);
            e.Property(p => p.PreferredLanguage).HasMaxLength(2);
            e.Property(p => p.CompanyNumber).HasMaxLength(20);
            e.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId);
        });
        builder.Entity<Question>(e =>
        {
            e.HasIndex(q => q.RegistrationNumber).IsUnique();
            e.HasIndex(q => new { q.OrganisationId, q.Status, q.AnswerDueAt });
            // The work queues (a team's, an agent's) are indexed on (organisation, team or assignee, status,
            // COALESCE(DelayedDueAt, AnswerDueAt), id): the order in which they are listed, so a page is read in
            // place instead of sorting every matching question. EF cannot model an index on an expression:
            // the Bench migrations create them in SQL.
            e.HasIndex(q => new { q.OrganisationId, q.PersonId });
            e.Property(q => q.RegistrationNumber).HasMaxLength(RegistrationNumber.MaxLength);
            e.Property(q => q.Language).HasMaxLength(2);
            e.Property(q => q.Subject).HasMaxLength(300);
            e.Property(q => q.DelayReason).HasMaxLength(2000);
            e.Property(q => q.AcknowledgementMailId).HasMaxLength(250);
            e.Property(q => q.Channel).HasConversion<string>().HasMaxLength(16);
            e.Property(q => q.Status).HasConversion<string>().HasMaxLength(24);
            e.HasOne(q => q.Person).WithMany().HasForeignKey(q => q.PersonId);
            e.HasOne<Organisation>().WithMany().HasForeignKey(q => q.OrganisationId);
            e.HasOne<Category>().WithMany().HasForeignKey(q => q.CategoryId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne<Team>().WithMany().HasForeignKey(q => q.TeamId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne<Agent>().WithMany().HasForeignKey(q => q.AssigneeId).OnDelete(DeleteBehavior.SetNull);
            e.HasMany(q => q.Messages).WithOne().HasForeignKey(m => m.QuestionId);
            e.HasMany(q => q.Events).WithOne().HasForeignKey(ev => ev.QuestionId);
        });
        builder.Entity<Message>(e =>
        {
            e.HasIndex(m => new { m.QuestionId, m.CreatedAt });
            e.HasIndex(m => m.MailMessageId);
            e.Property(m => m.Direction).HasConversion<string>().HasMaxLength(16);
            e.Property(m => m.Channel).HasConversion<string>().HasMaxLength(16);
            e.Property(m => m.Delivery).HasConversion<string>().HasMaxLength(16);
            e.Property(m => m.FromAddress).HasMaxLength(320);
            e.Property(m => m.ToAddress).HasMaxLength(320);
            e.Property(m => m.MailMessageId).HasMaxLength(250);
            e.Property(m => m.AuthorName).HasMaxLength(200);
            e.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.MessageId);
        });
        builder.Entity<Attachment>(e =>
        {
            e.Property(a => a.FileName).HasMaxLength(255);
            e.Property(a => a.ContentType).HasMaxLength(127);
            e.Property(a => a.Sha256).HasMaxLength(64);
            e.HasOne<AttachmentContent>().WithMany().HasForeignKey(a => a.Sha256);
        });
        builder.Entity<AttachmentContent>(e =>
        {
            e.HasKey(c => c.Sha256);
            e.Property(c => c.Sha256).HasMaxLength(64);
        });
        builder.Entity<QuestionEvent>(e =>
        {
            e.HasIndex(ev => new { ev.QuestionId, ev.At });
            e.Property(ev => ev.Kind).HasConversion<string>().HasMaxLength(32);
            e.Property(ev => ev.Actor).HasMaxLength(200);
            e.Property(ev => ev.Detail).HasMaxLength(4000);
        });
        builder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("OutboxMessages");
            e.HasIndex(o => new { o.SentAt, o.FailedAt, o.AvailableAt });
            e.HasIndex(o => new { o.Recipient, o.CreatedAt });
            e.Property(o => o.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(o => o.Recipient).HasMaxLength(320);
            e.Property(o => o.Purpose).HasMaxLength(32);
            e.Property(o => o.LockedBy).HasMaxLength(100);
            e.Property(o => o.LastError).HasMaxLength(2000);
        });

        DeadlinesModel.Configure(builder);

        ApplyTenantFilters(builder);
        KeysAreSetByTheApplication(builder);
    }

    /// <summary>Our ids are version-7 GUIDs made when an object is created, so a row can be referred to before
    /// it is saved. EF must then treat an object with an id, found through a navigation, as new.</summary>
    private static void KeysAreSetByTheApplication(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.ClrType.Namespace?.StartsWith("Porta", StringComparison.Ordinal) == true))
        {
            if (entity.FindPrimaryKey()?.Properties is [{ ClrType: var type } key] && type == typeof(Guid))
            {
                key.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }
    }

    /// <summary>Agents are not filtered: signing in must find an agent before any organisation is known, and
    /// ASP.NET Core Identity re-reads them while authenticating. Code that lists agents filters by organisation
    /// itself, and the save check below still applies to them.</summary>
    private void ApplyTenantFilters(ModelBuilder builder)
    {
        builder.Entity<Team>().HasQueryFilter(x => x.OrganisationId == CurrentOrganisationId);
        builder.Entity<Category>().HasQueryFilter(x => x.OrganisationId == CurrentOrganisationId);
        builder.Entity<Person>().HasQueryFilter(x => x.OrganisationId == CurrentOrganisationId);
        builder.Entity<Question>().HasQueryFilter(x => x.OrganisationId == CurrentOrganisationId);
        builder.Entity<Message>().HasQueryFilter(x => x.OrganisationId == CurrentOrganisationId);
        builder.Entity<Attachment>().HasQueryFilter(x => x.OrganisationId == CurrentOrganisationId);
        builder.Entity<QuestionEvent>().HasQueryFilter(x => x.OrganisationId == CurrentOrganisationId);
        builder.Entity<OutboxMessage>().HasQueryFilter(x => x.OrganisationId == CurrentOrganisationId);
        builder.Entity<SlaPolicyEntry>().HasQueryFilter(x => x.OrganisationId == CurrentOrganisationId);
        builder.Entity<DeadlineReminder>().HasQueryFilter(x => x.OrganisationId == CurrentOrganisationId);
    }

    /// <summary>Saves a few new rows that belong together (a registration: person, question, message, events,
    /// acknowledgement) all or nothing, in as few round trips as the database allows.</summary>
    public virtual Task<int> SaveTogetherAsync(CancellationToken cancellationToken) => SaveChangesAsync(cancellationToken);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var stale = CheckChanges();
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var saved = base.SaveChanges(acceptAllChangesOnSuccess);
            ForgetCached(stale);
            return saved;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var stale = CheckChanges();
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            ForgetCached(stale);
            return saved;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    [Flags]
    private enum CachedData { None = 0, Organisations = 1, Planning = 2 }

    /// <summary>
    /// One pass over what the save will write: refuses a row of another organisation when a request entered one,
    /// and tells which caches the save makes stale. It detects the changes once, so the save itself (called with
    /// automatic detection off) does not scan every tracked entity again.
    /// </summary>
    private CachedData CheckChanges()
    {
        var stale = CachedData.None;
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            if (CurrentOrganisationId is { } current && entry.Entity is ITenantOwned owned && owned.OrganisationId != current)
            {
                throw new InvalidOperationException("Refused to write a row of another organisation.");
            }
            stale |= entry.Entity switch
            {
                Organisation => CachedData.Organisations,
                Team or Category or SlaPolicyEntry => CachedData.Planning,
                _ => CachedData.None,
            };
        }
        return stale;
    }

    /// <summary>Empties the caches of the application this context serves (none at design time) that hold what
    /// the save changed.</summary>
    private void ForgetCached(CachedData stale)
    {
        if (stale == CachedData.None)
        {
            return;
        }
        var services = this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
        if (stale.HasFlag(CachedData.Organisations))
        {
            services?.GetService<OrganisationCache>()?.Forget();
        }
        if (stale.HasFlag(CachedData.Planning))
        {
            services?.GetService<PlanningCache>()?.Forget();
        }
    }

    private static ValueConverter<T, string> JsonConverter<T>() where T : new() => new(
        v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
        v => JsonSerializer.Deserialize<T>(v, JsonSerializerOptions.Default) ?? new T());

    private static ValueComparer<Dictionary<string, string>> DictionaryComparer() => new(
        (a, b) => a != null && b != null && a.Count == b.Count && !a.Except(b).Any(),
        d => d.Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value)),
        d => new Dictionary<string, string>(d));
}
