using System.Text.Json.Nodes;

namespace Porta.Tests.Infrastructure;

/// <summary>Waits, within a bound, for what a background worker does (sending a mail, marking a question).</summary>
public static class Eventually
{
    public static async Task<JsonNode> GetAsync(Func<Task<JsonNode>> read, Func<JsonNode, bool> until, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await read();
            if (until(value))
            {
                return value;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Condition not met in time; last value: {value.ToJsonString()}");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }
}
