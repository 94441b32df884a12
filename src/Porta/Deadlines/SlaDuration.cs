using System.Globalization;

namespace Porta.Deadlines;

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

    public bool IsValid => Amount is >= 1 and <= MaxAmount && Enum.IsDefined(Unit);

    public override string ToString() => Unit switch
    {
        SlaUnit.WorkingDays => string.Create(CultureInfo.InvariantCulture, $"{Amount} working days"),
        SlaUnit.WorkingHours => string.Create(CultureInfo.InvariantCulture, $"{Amount} working hours"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Amount} hours"),
    };
}
