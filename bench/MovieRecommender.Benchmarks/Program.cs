using BenchmarkDotNet.Running;
using MovieRecommender.Benchmarks.Commands;

// "generate", "latency" and "scale" are custom measurement commands; anything else goes to BenchmarkDotNet.
return await CommandDispatcher.TryRunAsync(args) ?? RunBenchmarks(args);

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(CommandDispatcher).Assembly).Run(args);
    return 0;
}
