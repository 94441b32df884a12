using System.Globalization;

namespace Porta.DataGenerator;

internal sealed record GeneratorOptions(
    string Database,
    string ConnectionString,
    int Questions,
    string Organisation,
    string? AgentToken,
    string? NumbersFile,
    int Seed)
{
    public static GeneratorOptions Parse(string[] args)
    {
        if (args.Length < 2 || args[0] is not ("sqlite" or "postgres"))
        {
            throw new ArgumentException("usage: sqlite|postgres \"<connection string>\" [--questions N] [--organisation SLUG] [--agent-token SECRET] [--numbers FILE] [--seed N]");
        }
        string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        return new GeneratorOptions(
            args[0],
            args[1],
            int.Parse(Option("--questions") ?? "100000", CultureInfo.InvariantCulture),
            Option("--organisation") ?? "bench",
            Option("--agent-token"),
            Option("--numbers"),
            int.Parse(Option("--seed") ?? "2026", CultureInfo.InvariantCulture));
    }
}
