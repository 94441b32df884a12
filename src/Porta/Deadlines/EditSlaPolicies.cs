using Microsoft.EntityFrameworkCore;
using Porta.Infrastructure;
using Porta.Questions;

namespace Porta.Deadlines;

/// <summary>A policy as an administrator writes it: the category by slug, the channel by name; neither for the
/// organisation's default.</summary>
internal sealed record SlaPolicyCommand(SlaMeasure? Measure, int Amount, SlaUnit? Unit, string? Category, Channel? Channel);

/// <summary>A stored policy as the API and the admin pages show it.</summary>
internal sealed record SlaPolicyView(Guid Id, SlaMeasure Measure, int Amount, SlaUnit Unit, SlaScope Scope, string? Category, Channel? Channel, string Duration);

/// <summary>
/// An administrator lists, adds, changes and removes the organisation's SLA policies. One policy per measure
/// and scope (one default, one per category, one per channel), so it is always clear which applies. Changes
/// apply to deadlines set from then on.
/// </summary>
internal sealed class EditSlaPolicies(PortaDbContext db, Tenant tenant)
{
    public async Task<IReadOnlyList<SlaPolicyView>> ListAsync(CancellationToken cancellationToken)
    {
        var policies = await db.SlaPolicies.AsNoTracking().ToListAsync(cancellationToken);
        var slugs = await CategorySlugsAsync(cancellationToken);
        return [.. policies.OrderBy(p => p.Measure).ThenBy(p => p.Scope).ThenBy(p => p.Id).Select(p => View(p, slugs))];
    }

    public async Task<SlaPolicyView> AddAsync(SlaPolicyCommand command, CancellationToken cancellationToken)
    {
        var entry = new SlaPolicyEntry { OrganisationId = tenant.OrganisationId ?? throw new InvalidOperationException("Edit policies within an organisation.") };
        await ApplyAsync(entry, command, cancellationToken);
        db.SlaPolicies.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return View(entry, await CategorySlugsAsync(cancellationToken));
    }

    public async Task<SlaPolicyView> UpdateAsync(Guid id, SlaPolicyCommand command, CancellationToken cancellationToken)
    {
        var entry = await db.SlaPolicies.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException("The policy");
        await ApplyAsync(entry, command, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return View(entry, await CategorySlugsAsync(cancellationToken));
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var entry = await db.SlaPolicies.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException("The policy");
        db.SlaPolicies.Remove(entry);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ApplyAsync(SlaPolicyEntry entry, SlaPolicyCommand command, CancellationToken cancellationToken)
    {
        if (command.Measure is not { } measure || !Enum.IsDefined(measure))
        {
            throw new FieldException("measure", "The measure is one of acknowledgement, firstAnswer, resolution.");
        }
        if (command.Unit is not { } unit || !Enum.IsDefined(unit))
        {
            throw new FieldException("unit", "The unit is one of workingDays, workingHours, calendarHours.");
        }
        if (command.Amount is < 1 or > SlaDuration.MaxAmount)
        {
            throw new FieldException("amount", $"The amount is between 1 and {SlaDuration.MaxAmount}.");
        }
        if (command.Channel is { } channel && !Enum.IsDefined(channel))
        {
            throw new FieldException("channel", "The channel is one of web, email, phone, letter, fax.");
        }
        var category = string.IsNullOrWhiteSpace(command.Category) ? null : command.Category.Trim();
        if (category is not null && command.Channel is not null)
        {
            throw new FieldException("channel", "A policy applies to a category or to a channel, not both.");
        }
        var categoryId = category is null ? (Guid?)null
            : await db.Categories.Where(c => c.Slug == category).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken)
                ?? throw new FieldException("category", "There is no such category.");
        if (await db.SlaPolicies.AnyAsync(p => p.Id != entry.Id && p.Measure == measure && p.CategoryId == categoryId && p.Channel == command.Channel, cancellationToken))
        {
            throw new ConflictException("A policy for this measure and scope exists; change it instead.");
        }
        entry.Measure = measure;
        entry.Amount = command.Amount;
        entry.Unit = unit;
        entry.CategoryId = categoryId;
        entry.Channel = command.Channel;
    }

    private Task<Dictionary<Guid, string>> CategorySlugsAsync(CancellationToken cancellationToken) =>
        db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Slug, cancellationToken);

    private static SlaPolicyView View(SlaPolicyEntry p, Dictionary<Guid, string> slugs) =>
        new(p.Id, p.Measure, p.Amount, p.Unit, p.Scope, p.CategoryId is { } id ? slugs.GetValueOrDefault(id) : null, p.Channel, p.Duration.ToString());
}
