using Porta.Questions;

namespace Porta.Tests.Questions;

public sealed class TrackingTokenTests
{
    [Fact]
    public void Tokens_carry_at_least_128_random_bits_and_differ()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => TrackingToken.New()).ToList();
        Assert.All(tokens, t => Assert.True(System.Buffers.Text.Base64Url.DecodeFromChars(t).Length * 8 >= 128));
        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Only_the_right_token_matches_its_hash()
    {
        var token = TrackingToken.New();
        var hash = TrackingToken.Hash(token);
        Assert.True(TrackingToken.Matches(token, hash));
        Assert.False(TrackingToken.Matches(TrackingToken.New(), hash));
        Assert.False(TrackingToken.Matches(token[..^1], hash));
        Assert.False(TrackingToken.Matches("", hash));
        Assert.False(TrackingToken.Matches(null, hash));
        Assert.DoesNotContain(token, Convert.ToBase64String(hash), StringComparison.Ordinal);
    }
}
