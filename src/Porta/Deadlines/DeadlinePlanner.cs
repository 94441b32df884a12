using Microsoft.EntityFrameworkCore;
using Porta.Administration;
using Porta.Infrastructure;
using Porta.Questions;

namespace Porta.Deadlines;

/// <summary>Sets a new question's first holder and answer deadline from the organisation's settings.</summary>
internal sealed class DeadlinePlanner(PortaDbContext db)
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

    public Task<DateTimeOffset> FirstAnswerDueAsync(Question question, CancellationToken cancellationToken) =>
        Task.FromResult(question.ReceivedAt.AddDays(2));
}
