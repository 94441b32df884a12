namespace Porta.Deadlines;

/// <summary>
/// Why a day is closed, as stable keys the pages translate (and the .ics export writes as a category).
/// </summary>
internal static class ClosedReasons
{
    public const string NewYear = "new-year";
    public const string EasterMonday = "easter-monday";
    public const string LabourDay = "labour-day";
    public const string Ascension = "ascension";
    public const string WhitMonday = "whit-monday";
    public const string NationalDay = "national-day";
    public const string Assumption = "assumption";
    public const string AllSaints = "all-saints";
    public const string Armistice = "armistice";
    public const string Christmas = "christmas";

    /// <summary>An organisation's own closure day, single or annual.</summary>
    public const string Closure = "closure";

    /// <summary>A weekday without opening hours (the weekend, by default).</summary>
    public const string NoOpeningHours = "no-opening-hours";

    public static bool IsBelgianHoliday(string reason) => reason is NewYear or EasterMonday or LabourDay or Ascension
        or WhitMonday or NationalDay or Assumption or AllSaints or Armistice or Christmas;
}

/// <summary>The ten Belgian public holidays (Law of 4 January 1974), for any Gregorian year.</summary>
internal static class BelgianHolidays
{
    public static DateOnly Easter(int year)
    {
        // The anonymous Gregorian algorithm (Meeus/Jones/Butcher), exact for every Gregorian year.
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The holidays of <paramref name="year"/>, each with its key. Ascension can fall on
    /// 1 May (as in 2008): both entries are then kept.</summary>
    public static IReadOnlyList<(DateOnly Date, string Key)> For(int year)
    {
        var easter = Easter(year);
        return
        [
            (new DateOnly(year, 1, 1), ClosedReasons.NewYear),
            (easter.AddDays(1), ClosedReasons.EasterMonday),
            (new DateOnly(year, 5, 1), ClosedReasons.LabourDay),
            (easter.AddDays(39), ClosedReasons.Ascension),
            (easter.AddDays(50), ClosedReasons.WhitMonday),
            (new DateOnly(year, 7, 21), ClosedReasons.NationalDay),
            (new DateOnly(year, 8, 15), ClosedReasons.Assumption),
            (new DateOnly(year, 11, 1), ClosedReasons.AllSaints),
            (new DateOnly(year, 11, 11), ClosedReasons.Armistice),
            (new DateOnly(year, 12, 25), ClosedReasons.Christmas),
        ];
    }
}
