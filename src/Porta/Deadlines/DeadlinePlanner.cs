using Porta.Infrastructure;
using Porta.Questions;

namespace Porta.Deadlines;

/// <summary>Sets a new question's first holder and answer deadline from the organisation's settings.</summary>
internal sealed class DeadlinePlanner(PortaDbContext db, OrganisationCalendars calendars, PlanningCache planning)
{
    /// <summary>The category a new question names by its slug, with the team it sends to; none when no slug is given.</summary>
    public async Task<CategoryRoute?> CategoryAsync(Guid organisationId, string? slug, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return null;
        }
        return (await planning.ForAsync(db, organisationId, cancellationToken)).Categories.GetValueOrDefault(slug)
            ?? throw new FieldException("category", "There is no such category.");
    }

    /// <summary>A category may name its team; otherwise the front-office group of the question's language.</summary>
    public async Task<Guid?> InitialTeamAsync(Guid organisationId, CategoryRoute? category, string language, CancellationToken cancellationToken)
    {
        if (category?.DefaultTeamId is { } teamId)
        {
            return teamId;
        }
        var frontOffices = (await planning.ForAsync(db, organisationId, cancellationToken)).FrontOffices;
        return (frontOffices.FirstOrDefault(t => t.Language == language) ?? frontOffices.FirstOrDefault(t => t.Language == null) ?? frontOffices.FirstOrDefault())?.Id;
    }

    /// <summary>The charter's promise when an organisation has removed every first-answer policy.</summary>
    public static readonly SlaDuration CharterFirstAnswer = SlaDuration.WorkingDays(2);

    /// <summary>
    /// When the first answer is due: the organisation's most specific first-answer policy (category, else
    /// channel, else its default) counted from <see cref="Question.ReceivedAt"/> in its calendar, so a
    /// letter received last Friday is due as if registered then.
    /// </summary>
    public async Task<DateTimeOffset> FirstAnswerDueAsync(Question question, CancellationToken cancellationToken) =>
        await DueAsync(question, SlaMeasure.FirstAnswer, cancellationToken)
        ?? DeadlineCalculator.DueAt(await CalendarAsync(question, cancellationToken), question.ReceivedAt, CharterFirstAnswer);

    /// <summary>When the organisation's most specific policy for <paramref name="measure"/> falls due for this
    /// question, counted like the first answer; none when the organisation has no such policy.</summary>
    public async Task<DateTimeOffset?> DueAsync(Question question, SlaMeasure measure, CancellationToken cancellationToken)
    {
        var policies = (await planning.ForAsync(db, question.OrganisationId, cancellationToken)).Policies;
        return SlaPolicySelector.Select(policies, measure, question.CategoryId, question.Channel.ToString()) is { } policy
            ? DeadlineCalculator.DueAt(await CalendarAsync(question, cancellationToken), question.ReceivedAt, policy.Duration)
            : null;
    }

    private Task<WorkingCalendar> CalendarAsync(Question question, CancellationToken cancellationToken) =>
        calendars.ForOrganisationAsync(db, question.OrganisationId, cancellationToken);
}
