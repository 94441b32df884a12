using System.Globalization;
using Porta.Deadlines;

namespace Porta.Tests.Deadlines;

internal static class DeadlineTestData
{
    public static WorkingCalendar Federal => WorkingCalendar.BelgianFederal;

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static WorkingCalendar With(Func<CalendarSettings, CalendarSettings> change) =>
        WorkingCalendar.Create(change(CalendarSettings.BelgianFederalDefault));
}
