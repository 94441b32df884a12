using Porta.Deadlines;

namespace Porta.Tests.Deadlines;

public sealed class SlaPolicyTests
{
    private static readonly Guid Conflicts = Guid.Parse("0195f2a0-0000-7000-8000-000000000001");
    private static readonly Guid Documentation = Guid.Parse("0195f2a0-0000-7000-8000-000000000002");
    private static readonly Guid Other = Guid.Parse("0195f2a0-0000-7000-8000-000000000003");

    private static readonly SlaPolicy[] Policies =
    [
        SlaPolicy.ForOrganisation(SlaMeasure.FirstAnswer, SlaDuration.WorkingDays(2)),
        SlaPolicy.ForChannel(SlaMeasure.FirstAnswer, SlaDuration.WorkingDays(1), "phone"),
        SlaPolicy.ForCategory(SlaMeasure.FirstAnswer, SlaDuration.WorkingDays(5), Conflicts),
        SlaPolicy.ForCategory(SlaMeasure.FirstAnswer, SlaDuration.WorkingHours(3), Documentation),
        SlaPolicy.ForOrganisation(SlaMeasure.Acknowledgement, SlaDuration.CalendarHours(24)),
        SlaPolicy.ForChannel(SlaMeasure.Acknowledgement, SlaDuration.CalendarHours(1), "web"),
    ];

    [Theory]
    // measure, category (c = conflicts, d = documentation, o = other, - = none), channel, expected
    [InlineData("FirstAnswer", "-", "email", "2 working days")]
    [InlineData("FirstAnswer", "o", "email", "2 working days")]
    [InlineData("FirstAnswer", "-", "phone", "1 working day")]
    [InlineData("FirstAnswer", "-", "Phone", "1 working day")]
    [InlineData("FirstAnswer", "c", "phone", "5 working days")] // category beats channel
    [InlineData("FirstAnswer", "d", "email", "3 working hours")]
    [InlineData("FirstAnswer", "o", "phone", "1 working day")]
    [InlineData("Acknowledgement", "c", "email", "24 hours")]
    [InlineData("Acknowledgement", "c", "web", "1 hour")]
    [InlineData("Resolution", "c", "web", null)]
    public void CategoryBeatsChannelBeatsDefault(string measure, string category, string channel, string? expected)
    {
        Guid? categoryId = category switch { "c" => Conflicts, "d" => Documentation, "o" => Other, _ => null };
        var policy = SlaPolicySelector.Select(Policies, Enum.Parse<SlaMeasure>(measure), categoryId, channel);
        Assert.Equal(expected, policy?.Duration.ToString());
    }

    [Fact]
    public void PoliciesSerialiseWithNamedUnits()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(Policies[2], System.Text.Json.JsonSerializerOptions.Web);
        Assert.Equal($$"""{"measure":"FirstAnswer","duration":{"amount":5,"unit":"WorkingDays"},"categoryId":"{{Conflicts}}","channel":null}""", json);
        Assert.Equal(Policies[2], System.Text.Json.JsonSerializer.Deserialize<SlaPolicy>(json, System.Text.Json.JsonSerializerOptions.Web));
    }

    [Fact]
    public void NoPoliciesSelectNothing() =>
        Assert.Null(SlaPolicySelector.Select([], SlaMeasure.FirstAnswer, Conflicts, "web"));

    [Fact]
    public void APolicyHasOneScope()
    {
        Assert.Throws<ArgumentException>(() => new SlaPolicy(SlaMeasure.FirstAnswer, SlaDuration.WorkingDays(2), Conflicts, "web"));
        Assert.Throws<ArgumentException>(() => new SlaPolicy(SlaMeasure.FirstAnswer, SlaDuration.WorkingDays(2), channel: " "));
        Assert.Equal(SlaScope.Category, Policies[2].Scope);
        Assert.Equal(SlaScope.Channel, Policies[1].Scope);
        Assert.Equal(SlaScope.Organisation, Policies[0].Scope);
    }

    [Fact]
    public void DefaultsFollowTheCharter()
    {
        var policies = SlaDefaults.For(new Dictionary<string, Guid>(StringComparer.Ordinal)
        {
            [SlaDefaults.CompetenceConflictSlug] = Conflicts,
            [SlaDefaults.DocumentationRequestSlug] = Documentation,
        });
        Assert.Equal(4, policies.Count);
        Assert.Equal(SlaDuration.WorkingDays(2), SlaPolicySelector.Select(policies, SlaMeasure.FirstAnswer, Other, "email")?.Duration);
        Assert.Equal(SlaDuration.WorkingDays(5), SlaPolicySelector.Select(policies, SlaMeasure.FirstAnswer, Conflicts, "email")?.Duration);
        Assert.Equal(SlaDuration.WorkingHours(3), SlaPolicySelector.Select(policies, SlaMeasure.FirstAnswer, Documentation, "web")?.Duration);
        Assert.Equal(SlaDuration.CalendarHours(24), SlaPolicySelector.Select(policies, SlaMeasure.Acknowledgement, null, "letter")?.Duration);
        Assert.Null(SlaPolicySelector.Select(policies, SlaMeasure.Resolution, null, "web"));
    }

    [Fact]
    public void TemplatesForMissingCategoriesAreLeftOut()
    {
        var policies = SlaDefaults.For(new Dictionary<string, Guid>(StringComparer.Ordinal));
        Assert.Equal(2, policies.Count);
        Assert.All(policies, p => Assert.Equal(SlaScope.Organisation, p.Scope));
        Assert.Contains(SlaDefaults.Templates, t => t.CategorySlug == SlaDefaults.CompetenceConflictSlug);
    }
}
