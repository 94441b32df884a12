using BenchmarkDotNet.Running;
using Porta.Benchmarks;

// Porta's own Program is visible here too (InternalsVisibleTo), so the assembly is named by a benchmark type.
BenchmarkSwitcher.FromAssembly(typeof(DeadlineBenchmarks).Assembly).Run(args);
