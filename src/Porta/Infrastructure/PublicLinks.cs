namespace Porta.Infrastructure;

/// <summary>Absolute links to the citizen portal, for mails. <c>Porta:PublicUrl</c> names the address
/// people reach; without it, the address of the request that caused the mail is used.</summary>
internal sealed class PublicLinks(IConfiguration configuration, IHttpContextAccessor http)
{
    public string Base
    {
        get
        {
            if (configuration["Porta:PublicUrl"] is { Length: > 0 } configured)
            {
                return configured.TrimEnd('/');
            }
            var request = http.HttpContext?.Request;
            return request is null ? "http://localhost:5000" : $"{request.Scheme}://{request.Host}";
        }
    }

    public string FollowQuestion(string organisationSlug, string language, string registrationNumber, string token) =>
        $"{Base}/{language}/{Uri.EscapeDataString(organisationSlug)}/follow/{registrationNumber}?token={Uri.EscapeDataString(token)}";

    /// <summary>The follow-up form with the number filled in; the person proves it is theirs with the
    /// e-mail address they used (later mails carry no token: only its hash is kept).</summary>
    public string FollowForm(string organisationSlug, string language, string registrationNumber) =>
        $"{Base}/{language}/{Uri.EscapeDataString(organisationSlug)}/follow?number={registrationNumber}";

    /// <summary>A question in the agents' workspace, for reminders.</summary>
    public string WorkspaceQuestion(string language, string registrationNumber) =>
        $"{Base}/workspace/{language}/questions/{registrationNumber}";
}
