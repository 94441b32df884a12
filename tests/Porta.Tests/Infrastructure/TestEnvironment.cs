namespace Porta.Tests.Infrastructure;

/// <summary>Where the real services started by scripts/services.sh listen. A missing one fails the test
/// that needs it with this message, rather than skipping it silently.</summary>
internal static class TestEnvironment
{
    public static string Postgres => Required("PORTA_TEST_POSTGRES");
    public static string SmtpHost => Required("PORTA_TEST_SMTP_HOST");
    public static int SmtpPort => int.Parse(Required("PORTA_TEST_SMTP_PORT"), System.Globalization.CultureInfo.InvariantCulture);
    public static string ImapHost => Required("PORTA_TEST_IMAP_HOST");
    public static int ImapPort => int.Parse(Required("PORTA_TEST_IMAP_PORT"), System.Globalization.CultureInfo.InvariantCulture);
    public static string ImapUser => Required("PORTA_TEST_IMAP_USER");
    public static string ImapPassword => Required("PORTA_TEST_IMAP_PASSWORD");

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value
        : throw new InvalidOperationException($"{name} is not set: run the tests with scripts/test.sh, which starts PostgreSQL and the mail servers.");
}
