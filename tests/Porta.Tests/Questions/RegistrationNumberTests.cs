using Porta.Questions;

namespace Porta.Tests.Questions;

public sealed class RegistrationNumberTests
{
    [Theory]
    [InlineData(1234567890L, "123-4567-89002")]
    [InlineData(1000000000L, "100-0000-00034")]
    public void Formats_ten_digits_and_a_mod_97_check(long body, string expected) =>
        Assert.Equal(expected, RegistrationNumber.Format(body));

    [Fact]
    public void Uses_97_when_the_remainder_is_zero() =>
        Assert.Equal(97, RegistrationNumber.CheckDigits(97L * 12345678L));

    [Fact]
    public void New_numbers_are_short_valid_and_different()
    {
        var numbers = Enumerable.Range(0, 2000).Select(_ => RegistrationNumber.New()).ToList();
        Assert.All(numbers, n =>
        {
            Assert.True(n.Length <= 16);
            Assert.Equal(n, RegistrationNumber.Normalise(n));
        });
        Assert.Equal(numbers.Count, numbers.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("123 4567 89002")]
    [InlineData("+++123/4567/89002+++")]
    [InlineData("123.4567.89002")]
    [InlineData("123456789002")]
    public void Reads_numbers_as_people_type_them(string typed) =>
        Assert.Equal("123-4567-89002", RegistrationNumber.Normalise(typed));

    [Theory]
    [InlineData("123-4567-89003")] // wrong check digits
    [InlineData("123-4567-8900")] // too short
    [InlineData("123-4567-890022")] // too long
    [InlineData("012-3456-78901")] // leading zero: not a number we issue
    [InlineData("123-4567-8900a")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Refuses_what_is_not_a_valid_number(string? typed) =>
        Assert.Null(RegistrationNumber.Normalise(typed));

    [Fact]
    public void A_single_digit_typo_is_caught()
    {
        var number = RegistrationNumber.New();
        var digits = number.Replace("-", "", StringComparison.Ordinal).ToCharArray();
        for (var i = 0; i < digits.Length; i++)
        {
            var original = digits[i];
            digits[i] = original == '9' ? '0' : (char)(original + 1);
            Assert.Null(RegistrationNumber.Normalise(new string(digits)));
            digits[i] = original;
        }
    }
}
