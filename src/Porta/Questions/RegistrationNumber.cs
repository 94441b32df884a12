using System.Globalization;
using System.Security.Cryptography;

namespace Porta.Questions;

/// <summary>
/// A registration number such as <c>123-4567-89002</c>: ten random digits and a two-digit mod-97 check,
/// the way Belgian structured communications are built, so it can be read over the phone and a typo is
/// caught before any look-up. Random rather than sequential so numbers say nothing about volumes;
/// the number is not a secret — the tracking token is.
/// </summary>
internal static class RegistrationNumber
{
    public const int MaxLength = 14;

    public static string New()
    {
        // Two draws, because the BCL has no 64-bit uniform integer: 10^4..10^5 times 10^5 plus 0..10^5.
        var body = (RandomNumberGenerator.GetInt32(10_000, 100_000) * 100_000L) + RandomNumberGenerator.GetInt32(0, 100_000);
        return Format(body);
    }

    public static string Format(long body)
    {
        var check = CheckDigits(body);
        var digits = body.ToString("D10", CultureInfo.InvariantCulture) + check.ToString("D2", CultureInfo.InvariantCulture);
        return string.Create(14, digits, static (span, d) =>
        {
            d.AsSpan(0, 3).CopyTo(span);
            span[3] = '-';
            d.AsSpan(3, 4).CopyTo(span[4..]);
            span[8] = '-';
            d.AsSpan(7, 5).CopyTo(span[9..]);
        });
    }

    /// <summary>Reads a number as a person may type or say it (spaces, dots, slashes, "+++"), and
    /// gives it back in its canonical form, or null if it is not a valid number.</summary>
    public static string? Normalise(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > 40)
        {
            return null;
        }
        Span<char> digits = stackalloc char[12];
        var count = 0;
        foreach (var c in input)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == 12)
                {
                    return null;
                }
                digits[count++] = c;
            }
            else if (c is not (' ' or '-' or '.' or '/' or '+'))
            {
                return null;
            }
        }
        if (count != 12)
        {
            return null;
        }
        var body = long.Parse(digits[..10], NumberStyles.None, CultureInfo.InvariantCulture);
        var check = int.Parse(digits[10..], NumberStyles.None, CultureInfo.InvariantCulture);
        return body >= 1_000_000_000L && CheckDigits(body) == check ? Format(body) : null;
    }

    /// <summary>The remainder modulo 97, with 97 in place of 0, as in structured communications.</summary>
    public static int CheckDigits(long body)
    {
        var remainder = (int)(body % 97);
        return remainder == 0 ? 97 : remainder;
    }
}

/// <summary>Where new registration numbers come from: a service, so a test can make two questions clash.</summary>
internal class RegistrationNumbers
{
    public virtual string Next() => RegistrationNumber.New();
}
