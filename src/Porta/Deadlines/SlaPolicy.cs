using System.Text.Json.Serialization;

namespace Porta.Deadlines;

/// <summary>What a deadline measures: from receipt to the acknowledgement, to the first answer, or to
/// the question's closing.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SlaMeasure>))]
internal enum SlaMeasure
{
    Acknowledgement,
    FirstAnswer,
    Resolution,
}

[JsonConverter(typeof(JsonStringEnumConverter<SlaScope>))]
internal enum SlaScope
{
    Organisation,
    Category,
    Channel,
}

/// <summary>
/// A promise for one measure, for the whole organisation, one category or one channel. A category
/// policy beats a channel policy, which beats the organisation's (<see cref="SlaPolicySelector"/>).
/// </summary>
internal sealed record SlaPolicy
{
    public SlaPolicy(SlaMeasure measure, SlaDuration duration, Guid? categoryId = null, string? channel = null)
    {
        if (categoryId is not null && channel is not null)
        {
            throw new ArgumentException("A policy applies to a category or to a channel, not both.", nameof(channel));
        }
        if (channel is not null && string.IsNullOrWhiteSpace(channel))
        {
            throw new ArgumentException("A channel name is not blank.", nameof(channel));
        }
        Measure = measure;
        Duration = duration;
        CategoryId = categoryId;
        Channel = channel;
    }

    public SlaMeasure Measure { get; }
    public SlaDuration Duration { get; }
    public Guid? CategoryId { get; }
    public string? Channel { get; }

    [JsonIgnore]
    public SlaScope Scope => CategoryId is not null ? SlaScope.Category
        : Channel is not null ? SlaScope.Channel
        : SlaScope.Organisation;

    public static SlaPolicy ForOrganisation(SlaMeasure measure, SlaDuration duration) => new(measure, duration);

    public static SlaPolicy ForCategory(SlaMeasure measure, SlaDuration duration, Guid categoryId) =>
        new(measure, duration, categoryId: categoryId);

    public static SlaPolicy ForChannel(SlaMeasure measure, SlaDuration duration, string channel) =>
        new(measure, duration, channel: channel);
}

internal static class SlaPolicySelector
{
    /// <summary>
    /// The policy that applies to a question: one for its category, else one for its channel (names
    /// compared without case, so "Email" and "email" match), else the organisation's; null when none is
    /// set for <paramref name="measure"/>. With two policies of the same scope, the first listed wins.
    /// </summary>
    public static SlaPolicy? Select(IEnumerable<SlaPolicy> policies, SlaMeasure measure, Guid? categoryId, string? channel)
    {
        ArgumentNullException.ThrowIfNull(policies);
        SlaPolicy? byChannel = null;
        SlaPolicy? byOrganisation = null;
        foreach (var policy in policies)
        {
            if (policy.Measure != measure)
            {
                continue;
            }
            switch (policy.Scope)
            {
                case SlaScope.Category when categoryId is not null && policy.CategoryId == categoryId:
                    return policy;
                case SlaScope.Channel when byChannel is null && channel is not null
                    && string.Equals(policy.Channel, channel, StringComparison.OrdinalIgnoreCase):
                    byChannel = policy;
                    break;
                case SlaScope.Organisation when byOrganisation is null:
                    byOrganisation = policy;
                    break;
            }
        }
        return byChannel ?? byOrganisation;
    }
}

/// <summary>A seeded policy that names its category by slug, since category ids only exist once an
/// organisation has its categories.</summary>
internal sealed record SlaPolicyTemplate(SlaMeasure Measure, SlaDuration Duration, string? CategorySlug = null, string? Channel = null)
{
    /// <summary>The policy for an organisation, or null when it has no category with this slug.</summary>
    public SlaPolicy? Bind(IReadOnlyDictionary<string, Guid> categoryIdsBySlug)
    {
        ArgumentNullException.ThrowIfNull(categoryIdsBySlug);
        if (CategorySlug is null)
        {
            return new SlaPolicy(Measure, Duration, channel: Channel);
        }
        return categoryIdsBySlug.TryGetValue(CategorySlug, out var id) ? SlaPolicy.ForCategory(Measure, Duration, id) : null;
    }
}

/// <summary>The charter's promises, seeded for every new organisation.</summary>
internal static class SlaDefaults
{
    public const string CompetenceConflictSlug = "competence-conflict";
    public const string DocumentationRequestSlug = "documentation-request";

    /// <summary>
    /// First answer within 2 working days (charter, 95% target); competence conflicts within 5 working
    /// days (the legal deadline); documentation requests within 3 working hours (ELEC 16);
    /// acknowledgement within 24 hours (ELEC 19).
    /// </summary>
    public static IReadOnlyList<SlaPolicyTemplate> Templates { get; } =
    [
        new(SlaMeasure.FirstAnswer, SlaDuration.WorkingDays(2)),
        new(SlaMeasure.FirstAnswer, SlaDuration.WorkingDays(5), CompetenceConflictSlug),
        new(SlaMeasure.FirstAnswer, SlaDuration.WorkingHours(3), DocumentationRequestSlug),
        new(SlaMeasure.Acknowledgement, SlaDuration.CalendarHours(24)),
    ];

    /// <summary>The templates bound to an organisation's categories; a template whose category the
    /// organisation lacks is left out.</summary>
    public static IReadOnlyList<SlaPolicy> For(IReadOnlyDictionary<string, Guid> categoryIdsBySlug)
    {
        var policies = new List<SlaPolicy>(Templates.Count);
        foreach (var template in Templates)
        {
            if (template.Bind(categoryIdsBySlug) is { } policy)
            {
                policies.Add(policy);
            }
        }
        return policies;
    }
}
