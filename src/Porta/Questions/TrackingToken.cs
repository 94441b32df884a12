using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Porta.Questions;

/// <summary>The secret that, with the registration number, lets a person follow their question:
/// 192 random bits, base64url, stored only as a SHA-256 hash.</summary>
internal static class TrackingToken
{
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>Compares in constant time, so the answer time says nothing about the token.</summary>
    public static bool Matches(string? token, byte[] hash) =>
        !string.IsNullOrEmpty(token) && token.Length <= 64
        && CryptographicOperations.FixedTimeEquals(Hash(token), hash);
}
