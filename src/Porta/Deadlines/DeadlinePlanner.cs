using Microsoft.EntityFrameworkCore;
using Porta.Administration;
using Porta.Infrastructure;
using Porta.Questions;

namespace Porta.Deadlines;

/// <summary>Sets a new question's first holder and answer deadline from the organisation's settings.</summary>
internal sealed class DeadlinePlanner(PortaDbContext db, OrganisationCalendars calendars)
{
    /// <summary>A category may name its team; otherwise the front-office group of the question's language.</summary>
    public async Task<Guid?> InitialTeamAsync(Guid? categoryId, string language, CancellationToken cancellationToken)
    {
        if (categoryId is { } id
            && await db.Categories.Where(c => c.Id == id).Select(c => c.DefaultTeamId).FirstOrDefaultAsync(cancellationToken) is { } teamId)
        {
            return teamId;
        }
        var frontOffices = await db.Teams.Where(t => t.Kind == TeamKind.FrontOffice)
            .Select(t => new { t.Id, t.Language }).ToListAsync(cancellationToken);
        return (frontOffices.FirstOrDefault(t => t.Language == language) ?? frontOffices.FirstOrDefault(t => t.Language == null) ?? frontOffices.FirstOrDefault())?.Id;
    }

    /// <summary>The charter's promise: an answer by the closing time of the second working day after receipt.</summary>
    public async Task<DateTimeOffset> FirstAnswerDueAsync(Question question, CancellationToken cancellationToken)
    {
        var calendar = await calendars.ForOrganisationAsync(db, question.OrganisationId, cancellationToken);
        return calendar.ClosingOfWorkingDayAfter(question.ReceivedAt, 2);
    }
}
