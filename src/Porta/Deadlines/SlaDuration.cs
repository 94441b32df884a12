using System.Globalization;
using System.Text.Json.Serialization;

namespace Porta.Deadlines;

[JsonConverter(typeof(JsonStringEnumConverter<SlaUnit>))]
internal enum SlaUnit
{
    WorkingDays,
    WorkingHours,
    CalendarHours,
}

/// <summary>A promised time, such as "2 working days" (see <see cref="DeadlineCalculator"/> for what each
/// unit means).</summary>
internal readonly record struct SlaDuration(int Amount, SlaUnit Unit)
{
    /// <summary>Forty years of working days; anything larger is a typing error, and the bound keeps
    /// every computation short.</summary>
    public const int MaxAmount = 10_000;

    public static SlaDuration WorkingDays(int amount) => new(amount, SlaUnit.WorkingDays);

    public static SlaDuration WorkingHours(int amount) => new(amount, SlaUnit.WorkingHours);

    public static SlaDuration CalendarHours(int amount) => new(amount, SlaUnit.CalendarHours);

    [JsonIgnore]
    public bool IsValid => Amount is >= 1 and <= MaxAmount && Enum.IsDefined(Unit);

    /// <summary>For logs and tests; pages show a translated text.</summary>
    public override string ToString()
    {
        var unit = Unit switch
        {
            SlaUnit.WorkingDays => "working day",
            SlaUnit.WorkingHours => "working hour",
            _ => "hour",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{Amount} {unit}{(Amount == 1 ? "" : "s")}");
    }
}
