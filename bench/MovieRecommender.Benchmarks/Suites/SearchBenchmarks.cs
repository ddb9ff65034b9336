using BenchmarkDotNet.Attributes;
using MovieRecommender.Benchmarks.Measurement;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Benchmarks.Suites;

/// <summary>Autocomplete and title resolution on TMDB 5000 and a million synthetic films; rotating queries.</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private const int QueryCount = 1_024;
    private RecommenderService? _service;
    private IReadOnlyList<string> _prefixes = [];
    private IReadOnlyList<string> _titles = [];
    private int _next;

    [Params(BenchmarkData.Tmdb5000, BenchmarkData.Synthetic1M)]
    public string DataSet { get; set; } = BenchmarkData.Tmdb5000;

    [GlobalSetup]
    public void Setup()
    {
        (_service, var movies) = ServiceFactory.Create(DataSet, cacheSizeLimit: 1);
        var workload = new QueryWorkload(movies, 42);
        _prefixes = workload.Prefixes(QueryCount);
        _titles = workload.Titles(QueryCount);
    }

    [GlobalCleanup]
    public void Cleanup() => _service?.Dispose();

    [Benchmark]
    public int Autocomplete() => _service!.Search(_prefixes[_next++ % QueryCount], 10).Count;

    [Benchmark]
    public bool ResolveTitle() => _service!.Resolve(_titles[_next++ % QueryCount]).IsFound;

    [Benchmark]
    public int ResolveMisspelledTitle() => _service!.Resolve(_titles[_next++ % QueryCount] + "x").Suggestions.Count;
}
