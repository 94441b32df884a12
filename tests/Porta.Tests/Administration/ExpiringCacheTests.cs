using Porta.Infrastructure;

namespace Porta.Tests.Administration;

/// <summary>The cache every registration reads its organisation's settings through: an administrator's change
/// must not be hidden by it, and a read that raced with the change must not bring the old value back.</summary>
public sealed class ExpiringCacheTests
{
    private readonly ExpiringCache<string, string> cache = new(StringComparer.Ordinal);
    private int loads;

    private ValueTask<string?> GetAsync(string key, string value) =>
        cache.GetOrLoadAsync(key, this, (test, _, _) => { test.loads++; return Task.FromResult<string?>(value); }, CancellationToken.None);

    [Fact]
    public async Task A_value_read_once_is_not_read_again()
    {
        Assert.Equal("v1", await GetAsync("demo", "v1"));
        Assert.Equal("v1", await GetAsync("demo", "v2"));
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task After_a_change_the_new_value_is_read()
    {
        await GetAsync("demo", "v1");
        cache.Clear();
        Assert.Equal("v2", await GetAsync("demo", "v2"));
        Assert.Equal(2, loads);
    }

    [Fact]
    public async Task Nothing_found_is_not_kept()
    {
        Assert.Null(await cache.GetOrLoadAsync("gone", 0, (_, _, _) => Task.FromResult<string?>(null), CancellationToken.None));
        Assert.Equal("back", await GetAsync("gone", "back"));
    }

    [Fact]
    public async Task A_read_that_raced_with_a_change_is_not_kept()
    {
        var reading = new TaskCompletionSource<string?>();
        var slow = cache.GetOrLoadAsync("demo", 0, (_, _, _) => reading.Task, CancellationToken.None);
        cache.Clear();
        reading.SetResult("old");
        Assert.Equal("old", await slow);

        Assert.Equal("new", await GetAsync("demo", "new"));
        Assert.Equal(1, loads);
    }
}
