using Porta.Deadlines;
using Porta.Questions;

namespace Porta.Tests.Deadlines;

/// <summary>Stored policies select as the plain ones do: the charter's defaults, bound to an organisation's categories.</summary>
public sealed class SlaPolicyEntryTests
{
    private static readonly Guid Conflicts = Guid.Parse("0195f2a0-0000-7000-8000-00000000000a");
    private static readonly Guid Documentation = Guid.Parse("0195f2a0-0000-7000-8000-00000000000b");

    private static readonly SlaPolicyEntry[] Stored = [.. SlaDefaults.For(new Dictionary<string, Guid>
    {
        [SlaDefaults.CompetenceConflictSlug] = Conflicts,
        [SlaDefaults.DocumentationRequestSlug] = Documentation,
    }).Select(p => SlaPolicyEntry.From(Guid.CreateVersion7(), p)).Append(new SlaPolicyEntry
    {
        Measure = SlaMeasure.FirstAnswer,
        Amount = 1,
        Unit = SlaUnit.WorkingDays,
        Channel = Channel.Phone,
    })];

    [Theory]
    [InlineData("FirstAnswer", null, "Email", "2 working days")]
    [InlineData("FirstAnswer", "conflicts", "Letter", "5 working days")]
    [InlineData("FirstAnswer", "documentation", "Web", "3 working hours")]
    [InlineData("FirstAnswer", null, "Phone", "1 working day")]
    [InlineData("FirstAnswer", "conflicts", "Phone", "5 working days")] // the category is more specific than the channel
    [InlineData("Acknowledgement", "documentation", "Web", "24 hours")]
    [InlineData("Resolution", null, "Web", null)]
    public void TheMostSpecificStoredPolicyApplies(string measure, string? category, string channel, string? expected)
    {
        Guid? categoryId = category switch { "conflicts" => Conflicts, "documentation" => Documentation, _ => null };
        var policy = SlaPolicySelector.Select(Stored.Select(s => s.ToPolicy()), Enum.Parse<SlaMeasure>(measure), categoryId, channel);
        Assert.Equal(expected, policy?.Duration.ToString());
    }

    [Fact]
    public void AStoredPolicyKeepsItsScope()
    {
        Assert.Equal(SlaScope.Category, Stored.Single(s => s.CategoryId == Conflicts).Scope);
        Assert.Equal(SlaScope.Channel, Stored.Single(s => s.Channel == Channel.Phone).Scope);
        Assert.Equal(SlaScope.Organisation, Stored.Single(s => s.Measure == SlaMeasure.Acknowledgement).Scope);
        Assert.Equal("Phone", Stored.Single(s => s.Channel == Channel.Phone).ToPolicy().Channel);
    }
}
