using System.Diagnostics;
using Porta.DataGenerator;

// Fills a migrated Porta database with one organisation and many questions, for measuring reads at volume:
//   dotnet run -c Release --project bench/Porta.DataGenerator -- sqlite|postgres "<connection string>" \
//     [--questions 100000] [--organisation bench] [--agent-token SECRET] [--numbers FILE]
// Start Porta once on the database first (it migrates it and creates the roles).
var options = GeneratorOptions.Parse(args);
var clock = Stopwatch.StartNew();
var generated = await QuestionGenerator.RunAsync(options, Console.Out);
Console.WriteLine($"generated {generated.Questions:N0} questions, {generated.Persons:N0} persons, {generated.Messages:N0} messages, "
    + $"{generated.Events:N0} events in {clock.Elapsed.TotalSeconds:F1} s");
