using System.ComponentModel.DataAnnotations;

namespace Porta.Components.Portal;

/// <summary>What a person types in the question form, exactly as typed: kept whole to be shown again when
/// something is missing, so nothing is lost.</summary>
internal sealed class AskForm
{
    public const int MaxFiles = 3;

    /// <summary>The form's body may carry its files: three of the default attachment size, and the text.</summary>
    public const long MaxRequestBytes = (MaxFiles * 10L * 1024 * 1024) + (1024 * 1024);

    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Language { get; set; }
    public string? Category { get; set; }
    public string? Subject { get; set; }
    public string? Body { get; set; }

    /// <summary>What is wrong, as field id and text key, in the order of the form. The limits are the public API's.</summary>
    public IEnumerable<(string Field, string Key)> Problems(IReadOnlyCollection<string> languages, IReadOnlyCollection<string> categories)
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return ("ask-name", "NameRequired");
        }
        else if (Name.Trim().Length > 200)
        {
            yield return ("ask-name", "NameTooLong");
        }
        if (string.IsNullOrWhiteSpace(Email))
        {
            yield return ("ask-email", "EmailRequired");
        }
        else if (Email.Trim().Length > 254 || !new EmailAddressAttribute().IsValid(Email.Trim()) || Email.Trim().Contains(' ', StringComparison.Ordinal))
        {
            yield return ("ask-email", "EmailInvalid");
        }
        if (Phone is { Length: > 40 })
        {
            yield return ("ask-phone", "PhoneTooLong");
        }
        if (Language is null || !languages.Contains(Language))
        {
            yield return ("ask-language", "LanguageRequired");
        }
        if (!string.IsNullOrEmpty(Category) && !categories.Contains(Category))
        {
            yield return ("ask-category", "CategoryUnknown");
        }
        if (string.IsNullOrWhiteSpace(Subject))
        {
            yield return ("ask-subject", "SubjectRequired");
        }
        else if (Subject.Trim().Length > 300)
        {
            yield return ("ask-subject", "SubjectTooLong");
        }
        if (string.IsNullOrWhiteSpace(Body))
        {
            yield return ("ask-body", "BodyRequired");
        }
        else if (Body.Length > 20_000)
        {
            yield return ("ask-body", "BodyTooLong");
        }
    }
}
