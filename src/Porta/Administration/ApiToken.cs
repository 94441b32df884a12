using System.Security.Cryptography;
using System.Text;

namespace Porta.Administration;

/// <summary>A bearer token for the API, bound to one organisation and one role, or to none for the
/// installation administrator. Only its SHA-256 hash is stored.</summary>
internal sealed class ApiToken
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid? OrganisationId { get; init; }
    public required string Name { get; set; }
    public required string Role { get; init; }
    public required byte[] Hash { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>A new secret: "porta_" and 32 random bytes, base64url.</summary>
    public static string NewSecret() => "porta_" + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static byte[] HashOf(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

}
