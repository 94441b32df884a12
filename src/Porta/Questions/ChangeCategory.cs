using Microsoft.EntityFrameworkCore;
using Porta.Deadlines;
using Porta.Infrastructure;

namespace Porta.Questions;

/// <summary>The category to set, by slug; null clears it.</summary>
internal sealed record ChangeCategoryCommand(string RegistrationNumber, string? CategorySlug, Actor Actor);

/// <summary>
/// Files a question under another category. The promise depends on the category (a competence conflict
/// has 5 working days, a documentation request 3 working hours), so the first-answer deadline is counted
/// again from the date received; a date promised in a delay notice stays as it was.
/// </summary>
internal sealed class ChangeCategory(PortaDbContext db, TimeProvider time, DeadlinePlanner deadlines)
{
    public async Task<Question> HandleAsync(ChangeCategoryCommand command, CancellationToken cancellationToken)
    {
        var question = await db.GetByNumberAsync(command.RegistrationNumber, cancellationToken);
        var slug = string.IsNullOrWhiteSpace(command.CategorySlug) ? null : command.CategorySlug.Trim();
        var categoryId = (await deadlines.CategoryAsync(question.OrganisationId, slug, cancellationToken))?.Id;
        if (categoryId == question.CategoryId)
        {
            return question;
        }
        var previous = question.CategoryId is { } id
            ? await db.Categories.Where(c => c.Id == id).Select(c => c.Slug).FirstOrDefaultAsync(cancellationToken)
            : null;
        var now = time.GetUtcNow();
        question.CategoryId = categoryId;
        question.AnswerDueAt = await deadlines.FirstAnswerDueAsync(question, cancellationToken);
        question.LastActivityAt = now;
        question.Record(QuestionEventKind.CategoryChanged, command.Actor, now,
            $"{previous ?? "-"} → {slug ?? "-"}; answer due {question.AnswerDueAt:O}");
        await db.SaveChangesAsync(cancellationToken);
        return question;
    }
}
