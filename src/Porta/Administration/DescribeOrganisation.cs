using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Porta.Components.Portal;
using Porta.Infrastructure;
using Porta.Questions;

namespace Porta.Administration;

internal sealed record DescribeOrganisationCommand(
    string? ContactEmail,
    Dictionary<string, string>? PhoneNumbers,
    Dictionary<string, string>? PostalAddress,
    string? BrandColour,
    string? LogoUrl);

/// <summary>
/// Sets how people reach the current organisation (contact e-mail, a phone line per language, postal
/// address per language) and its look (brand colour, logo): what the portal's home and theme show.
/// A colour too pale for white text or a logo from another site is refused here rather than silently
/// ignored by the portal.
/// </summary>
internal sealed class DescribeOrganisation(PortaDbContext db, Tenant tenant)
{
    public const int MaxPhoneLength = 40;
    public const int MaxAddressLength = 400;

    public async Task<Organisation> HandleAsync(DescribeOrganisationCommand command, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.FirstAsync(o => o.Id == tenant.OrganisationId, cancellationToken);
        organisation.ContactEmail = ContactEmail(command.ContactEmail);
        organisation.PhoneNumbers = PerLanguage(command.PhoneNumbers, "phoneNumbers", MaxPhoneLength, IsPhoneNumber);
        organisation.PostalAddress = PerLanguage(command.PostalAddress, "postalAddress", MaxAddressLength, IsAddress);
        organisation.BrandColour = Optional(command.BrandColour) is { } colour
            ? OrganisationTheme.IsUsableBrandColour(colour) ? colour.ToLowerInvariant()
                : throw new FieldException("brandColour", $"Give a colour as #rrggbb dark enough for white text (contrast {OrganisationTheme.MinimumContrast}:1 or more).")
            : null;
        organisation.LogoUrl = Optional(command.LogoUrl) is { } logo
            ? OrganisationTheme.IsUsableLogoUrl(logo) ? logo
                : throw new FieldException("logoUrl", "Give the logo as a path on this site, such as /logos/service.svg.")
            : null;
        await db.SaveChangesAsync(cancellationToken);
        return organisation;
    }

    private static string? ContactEmail(string? value) =>
        Optional(value) is not { } email ? null
        : email.Length <= 254 && !email.Contains(' ', StringComparison.Ordinal) && new EmailAddressAttribute().IsValid(email) ? email
        : throw new FieldException("contactEmail", "Give an e-mail address such as contact@service.example.");

    private static Dictionary<string, string> PerLanguage(Dictionary<string, string>? values, string field, int maxLength, Func<string, bool> isValid)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, raw) in values ?? [])
        {
            if (!Language.IsSupported(language))
            {
                throw new FieldException(field, $"'{language}' is not one of fr, nl, de, en.");
            }
            if (Optional(raw) is not { } value)
            {
                continue;
            }
            if (value.Length > maxLength || !isValid(value))
            {
                throw new FieldException($"{field}.{language}", $"Give at most {maxLength} characters{(field == "phoneNumbers" ? " of a phone number: digits, spaces, +, (, ), - and /" : "")}.");
            }
            result[language] = value;
        }
        return result;
    }

    private static bool IsPhoneNumber(string value) =>
        value.Any(char.IsAsciiDigit) && value.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-' or '/' or '.');

    /// <summary>Lines separated by newlines; no other control character reaches a page or a mail.</summary>
    private static bool IsAddress(string value) => value.All(c => !char.IsControl(c) || c is '\n' or '\r');

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
